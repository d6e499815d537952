import { readFileSync } from "node:fs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../src/ingest/decode.js";
import { parseSource } from "../src/ingest/index.js";
import { PodiumError } from "../src/errors.js";

const speech = readFileSync(new URL("../slides/000_bb77306b121bf6cc.txt", import.meta.url), "utf8");
const crlf = (s: string): string => s.replace(/\n/g, "\r\n");
const withBom = (bom: number[], body: Buffer): Uint8Array => Buffer.concat([Buffer.from(bom), body]);

function errorOf(fn: () => unknown): PodiumError {
  try {
    fn();
  } catch (err) {
    if (err instanceof PodiumError) return err;
    throw err;
  }
  throw new Error("expected a PodiumError");
}

describe("decodeText: the example speech re-encoded", () => {
  it.each([
    ["GB18030", "GB18030", iconv.encode(speech, "gb18030")],
    ["UTF-16LE with BOM", "UTF-16LE", withBom([0xff, 0xfe], iconv.encode(speech, "utf16le"))],
    ["UTF-16BE with BOM", "UTF-16BE", withBom([0xfe, 0xff], iconv.encode(speech, "utf16be"))],
    ["UTF-8 with BOM and CRLF", "UTF-8", withBom([0xef, 0xbb, 0xbf], Buffer.from(crlf(speech)))],
    ["UTF-8", "UTF-8", Buffer.from(speech)],
    ["GB18030 with CRLF", "GB18030", iconv.encode(crlf(speech), "gb18030")],
    ["UTF-16LE with BOM and CRLF", "UTF-16LE", withBom([0xff, 0xfe], iconv.encode(crlf(speech), "utf16le"))],
  ])("%s", (_name, encoding, bytes) => {
    const result = decodeText(bytes, "speech.txt");
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(speech);
    expect(result.warnings).toEqual([]);
  });

  it("Big5 (one character of the garbled line has no Big5 code and was lost in encoding)", () => {
    const bytes = iconv.encode(speech, "big5");
    const expected = iconv.decode(bytes, "big5");
    expect(expected).not.toBe(speech); // 鶎 is outside Big5: the test must know what it compares
    const result = decodeText(bytes, "speech.txt");
    expect(result.encoding).toBe("Big5");
    expect(result.text).toBe(expected);
  });

  it("UTF-16 without a BOM, recognised by where its NUL bytes sit", () => {
    const le = decodeText(iconv.encode(speech.slice(0, 400), "utf16le"), "s.txt");
    expect(le).toMatchObject({ encoding: "UTF-16LE", text: speech.slice(0, 400) });
    const be = decodeText(iconv.encode(speech.slice(0, 400), "utf16be"), "s.txt");
    expect(be).toMatchObject({ encoding: "UTF-16BE", text: speech.slice(0, 400) });
  });
});

describe("decodeText: short Chinese text, where chardet alone guesses wrong", () => {
  const simplified = [
    "同志们：今天召开全市工作会议。",
    "一、统一思想，提高认识",
    "各级党委要高度重视，切实加强领导。",
    "谢谢大家！",
  ];
  const traditional = [
    "同志們：今天召開全市工作會議。",
    "一、統一思想，提高認識",
    "各級黨委要高度重視。",
    "謝謝大家！",
  ];

  it.each(simplified)("GBK: %s", (text) => {
    const result = decodeText(iconv.encode(text, "gbk"), "s.txt");
    expect(result.text).toBe(text);
    expect(result.encoding).toBe("GB18030");
  });

  it.each([...traditional, ...simplified.slice(0, 1)])("Big5: %s", (text) => {
    const bytes = iconv.encode(text, "big5");
    const result = decodeText(bytes, "s.txt");
    expect(result.text).toBe(iconv.decode(bytes, "big5"));
    expect(result.encoding).toBe("Big5");
  });

  it("traditional text in GB18030 is still GB18030", () => {
    const text = traditional.join("\n");
    expect(decodeText(iconv.encode(text, "gb18030"), "s.txt")).toMatchObject({ text, encoding: "GB18030" });
  });
});

describe("decodeText: line endings, BOMs and other text", () => {
  it("turns CR and CRLF into LF", () => {
    expect(decodeText(Buffer.from("一\r二\r\n三\n四"), "s.txt").text).toBe("一\n二\n三\n四");
  });

  it("drops the UTF-8 BOM", () => {
    expect(decodeText(Buffer.from("\uFEFFHello"), "s.txt").text).toBe("Hello");
  });

  it("drops zero-width spaces a web page sets between its words and buttons: a line of them is blank", async () => {
    expect(decodeText(Buffer.from("关注问题\u200B写回答\n\u200B\n\u200B分享"), "s.txt").text).toBe(
      "关注问题写回答\n\n分享",
    );
    const page =
      "首页\n知乎知学堂\n\u200B\n\u200B分享\n\u200B\n如何写好一份年终工作总结？\n\n一、先想清楚写给谁看\n\n二、框架要稳";
    const source = await parseSource(Buffer.from(page), "answer.txt", "txt");
    expect(source.blocks.map((b) => b.text)).not.toContain("分享");
  });

  it("reads plain ASCII as UTF-8", () => {
    expect(decodeText(Buffer.from("Ladies and gentlemen,\n"), "s.txt")).toMatchObject({ encoding: "UTF-8" });
  });

  it("reads a Latin-1 English speech without inventing Chinese", () => {
    const text = "Our café and the résumé of the année: naïve but fine.\nThank you.";
    const result = decodeText(iconv.encode(text, "latin1"), "s.txt");
    expect(result.text).toBe(text);
  });

  it("reads windows-1252 curly quotes and dashes as such", () => {
    const text =
      "\u201CThank you,\u201D she said \u2014 and the hall\u2019s applause rose.\nWe\u2019re done.";
    const result = decodeText(iconv.encode(text, "windows-1252"), "s.txt");
    expect(result).toMatchObject({ text, encoding: "windows-1252" });
  });

  it("reads an English text saved as GBK, its quotes and dashes the only Chinese bytes, as GBK", () => {
    const text =
      "St Columba\u2019s Parish Church\nThird Sunday of Lent \u2013 Parish Eucharist\nReadings: Isaiah 30.15\u201318; Luke 15.11\u201324\n\u201CIn returning and rest you shall be saved.\u201D";
    const result = decodeText(iconv.encode(text, "gbk"), "s.txt");
    expect(result).toMatchObject({ text, encoding: "GB18030" });
  });

  it("keeps a UTF-8 file cut off mid-character, with a � and a warning on the last line", () => {
    const bytes = Buffer.from("第一行\n第二行");
    const result = decodeText(bytes.subarray(0, bytes.length - 1), "s.txt");
    expect(result.encoding).toBe("UTF-8");
    expect(result.text).toBe("第一行\n第二\uFFFD");
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.line).toBe(2);
  });

  it("keeps a UTF-8 file with one damaged byte as UTF-8 and says where", () => {
    const text = "同志们：\n今天召开全市工作会议，主要任务是总结去年工作，部署今年任务。\n谢谢大家！";
    const bytes = Buffer.from(text);
    const at = bytes.indexOf(Buffer.from("总结"));
    bytes[at] = 0xff;
    const result = decodeText(bytes, "s.txt");
    expect(result.encoding).toBe("UTF-8");
    expect(result.text).toContain("\uFFFD");
    expect(result.text).toContain("部署今年任务");
    expect(result.warnings.map((w) => w.line)).toEqual([2]);
  });
});

describe("decodeText: --encoding", () => {
  it("uses the forced encoding", () => {
    const bytes = iconv.encode("同志们好", "gbk");
    expect(decodeText(bytes, "s.txt", "gbk")).toMatchObject({ text: "同志们好", encoding: "GBK" });
  });

  it("reports garbage from a wrong forced encoding instead of failing", () => {
    const result = decodeText(iconv.encode("同志们好", "gbk"), "s.txt", "utf-8");
    expect(result.text).toContain("\uFFFD");
    expect(result.warnings[0]?.message).toMatch(/could not be read as UTF-8/);
  });

  it("names an unknown encoding and the file", () => {
    const err = errorOf(() => decodeText(Buffer.from("x"), "s.txt", "klingon-8"));
    expect(err.message).toBe('s.txt: unknown encoding "klingon-8" (given with --encoding)');
  });
});

describe("decodeText: input that is not a speech", () => {
  it.each([
    ["empty", new Uint8Array(), "s.txt: the file is empty"],
    ["whitespace", Buffer.from(" \r\n\t\u3000\n"), "s.txt: the file contains only whitespace"],
    [
      "UTF-16 whitespace",
      withBom([0xff, 0xfe], iconv.encode(" \n ", "utf16le")),
      "s.txt: the file contains only whitespace",
    ],
    ["a BOM only", Buffer.from([0xef, 0xbb, 0xbf]), "s.txt: the file contains only whitespace"],
    [
      "PNG",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      "s.txt: looks like a PNG image, not a speech",
    ],
    ["PDF", Buffer.from("%PDF-1.7\n%âãÏÓ\n"), "s.txt: looks like a PDF document, not a speech"],
    ["JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "s.txt: looks like a JPEG image, not a speech"],
    [
      "zip",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]),
      "s.txt: looks like a zip archive (a .docx or other Office file?), not a speech",
    ],
  ])("%s", (_name, bytes, message) => {
    expect(errorOf(() => decodeText(bytes, "s.txt")).message).toBe(message);
  });

  it("binary data with NUL bytes scattered", () => {
    const bytes = Buffer.from([0x01, 0x00, 0x00, 0x13, 0x41, 0x00, 0x7f, 0x00, 0x00, 0x00, 0x42]);
    expect(errorOf(() => decodeText(bytes, "data.bin")).message).toMatch(
      /^data\.bin: looks like a binary file/,
    );
  });

  it("binary data made of control characters", () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 7) % 32));
    expect(errorOf(() => decodeText(bytes, "data.bin")).message).toMatch(
      /^data\.bin: looks like a binary file/,
    );
  });
});

/** Control characters other than tab and line breaks: binary as far as podium is concerned. */
const hasControls = (s: string): boolean =>
  [...s].some((ch) => {
    const c = ch.charCodeAt(0);
    return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;
  });

describe("decodeText: properties", () => {
  it("gives back any UTF-8 text (line endings normalised)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), (s) => {
        fc.pre(s.trim() !== "" && !hasControls(s) && !s.startsWith("\uFEFF"));
        const result = decodeText(Buffer.from(s), "p.txt");
        expect(result.text).toBe(s.replace(/\r\n?/g, "\n"));
      }),
    );
  });

  it("on arbitrary bytes either decodes or throws a PodiumError, nothing else", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const result = decodeText(bytes, "p.bin");
          expect(result.text.trim()).not.toBe("");
        } catch (err) {
          expect(err).toBeInstanceOf(PodiumError);
        }
      }),
    );
  });
});
