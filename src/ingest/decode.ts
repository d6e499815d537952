import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import type Chardet from "chardet";
import type Iconv from "iconv-lite";
import { PodiumError, type Warning } from "../errors.js";

const load = createRequire(import.meta.url);
let iconvModule: typeof Iconv | undefined;
let chardetModule: typeof Chardet | undefined;
/**
 * The legacy-encoding libraries are large and a UTF-8 speech, the usual case, needs neither: each
 * is loaded on first use, so reading UTF-8 costs no start-up time for them.
 */
const codecs = {
  get iconv(): typeof Iconv {
    return (iconvModule ??= load("iconv-lite") as typeof Iconv);
  },
  get chardet(): typeof Chardet {
    return (chardetModule ??= load("chardet") as typeof Chardet);
  },
};

export interface DecodedText {
  /** The text with line endings normalised to LF and any byte-order mark removed. */
  text: string;
  /** The encoding the bytes were read as (`UTF-8`, `UTF-16LE`, `GB18030`, `Big5`, …). */
  encoding: string;
  /** Problems that did not stop reading (bytes that could not be decoded, a truncated file). */
  warnings: Warning[];
}

/** File signatures of things people drop on podium by mistake, so the error can say what it is. */
const MAGIC: readonly { bytes: readonly number[]; offset?: number; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], what: "a GIF image" },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], what: "a GIF image" },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: "a media file (WebP image, WAV or AVI)" },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a zip archive (a .docx or other Office file?)" },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: "an old Office file (Word 97–2003 .doc?)",
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: "a RAR archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: "a 7-Zip archive" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "a program (ELF executable)" },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: "a video or audio file (MP4)" },
];

/** The ~1000 most frequent hanzi in simplified and traditional script: tells a right decoding from a wrong one. */
const COMMON_HANZI = new Set(
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种" +
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本" +
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比" +
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总" +
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做" +
    "必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权" +
    "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信" +
    "马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连" +
    "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存" +
    "候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严首底" +
    "液官德随病苏失尔死讲配女黄推显谈罪神艺呢席含企望密批营项防举球英氧势告李台落木帮轮破亚师围注远字材排" +
    "供河态封另施减树溶怎止案言士均武固叶鱼波视仅费紧爱左章早朝害续轻服试食充兵源判护司足某练差致板田降黑" +
    "犯负击范继兴似余坚曲输修故城夫够送笔船占右财吃富春职觉汉画功巴跟虽杂飞检吸助升阳互初创抗考投坏策古径" +
    "换未跑留钢曾端责站简述钱副尽帝射草冲承独令限阿宣环双请超微让控州良轴找否纪益依优顶础载倒房突坐粉敌略" +
    "客袁冷胜绝析块剂测丝协诉念陈仍罗盐友洋错苦夜刑移频逐靠混母短皮终聚汽村云哪既距卫停烈央察烧迅境若印洲" +
    "刻括激孔搞甚室待核校散侵吧甲游久菜味旧模湖货损预阻毫普稳乙妈植息扩银语挥酒守拿序纸医缺雨吗针刘啊急唱" +
    "误训愿审附获茶鲜粮斤孩脱硫肥善龙演父渐血欢械掌歌沙刚攻谓盾讨晚粒乱燃矛乎杀药宁鲁贵钟煤读班伯香介迫句" +
    "丰培握兰担弦蛋沉假穿执答乐谁顺烟缩征脸喜松脚困异免背星福买染井概慢怕磁倍祖皇促静补评翻肉践尼衣宽扬棉" +
    "希伤操垂秋宜氢套督振架亮末宪庆编牛触映雷销诗座居抓裂胞呼娘景威绿晶厚盟衡鸡孙延危胶屋乡临陆顾掉呀灯岁" +
    "措束耐剧玉赵跳哥季课凯胡额款绍卷齐伟蒸殖永宗苗川炉岩弱零杨奏沿露杆探滑镇饭浓航怀赶库夺伊灵税途灭赛归" +
    "這為個國時來們於對會發動過說產種後學經進著電裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結" +
    "問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領東導壓爭濟階術極聯認" +
    "權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許廣記觀織裝眾書覆兒須際驗連斷難礦備辦習響約" +
    "勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴隨蘇爾講黃顯談藝營項舉勢臺幫輪亞" +
    "師圍遠態減樹葉魚視僅費緊愛續輕試護練負擊範繼興餘堅輸夠筆佔財職覺漢畫雖雜飛檢昇陽創壞徑換鋼責簡錢盡衝" +
    "獨環雙請讓軸紀優頂礎載敵勝絕塊劑測絲協訴陳羅鹽錯頻終雲衛燒遊舊貨損預穩媽擴銀語揮紙醫嗎針劉誤訓願審獲" +
    "鮮糧脫龍漸歡剛謂討亂殺藥寧魯貴鍾讀豐蘭擔執樂誰順煙縮徵臉腳異買靜補評踐寬揚傷氫憲慶編觸銷詩綠雞孫膠鄉" +
    "臨陸顧燈歲劇趙課凱額紹齊偉爐巖楊鎮飯濃懷趕庫奪靈稅滅賽歸説裏羣衞",
);

/** Display names for encodings a user may type after --encoding. */
const CANONICAL: Record<string, string> = {
  utf8: "UTF-8",
  "utf-8": "UTF-8",
  utf16le: "UTF-16LE",
  "utf-16le": "UTF-16LE",
  utf16be: "UTF-16BE",
  "utf-16be": "UTF-16BE",
  gb18030: "GB18030",
  gbk: "GBK",
  gb2312: "GB2312",
  cp936: "GBK",
  big5: "Big5",
  "big5-hkscs": "Big5-HKSCS",
};

/**
 * Turns a speech file's bytes into text. The encoding is detected (BOM, NUL pattern, strict UTF-8,
 * then the best of GB18030/Big5/chardet's guess) unless `forcedEncoding` names one.
 * Throws a one-line PodiumError naming `file` for empty, blank or binary input.
 */
export function decodeText(bytes: Uint8Array, file: string, forcedEncoding?: string): DecodedText {
  if (bytes.length === 0) throw new PodiumError(`${file}: the file is empty`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const looksLike = sniffMagic(buf);
  if (looksLike) throw new PodiumError(`${file}: looks like ${looksLike}, not a speech`);
  const decoded =
    forcedEncoding !== undefined ? decodeForced(buf, file, forcedEncoding) : detectAndDecode(buf, file);
  // Zero-width spaces a web page sets between its buttons and words are no characters a
  // reader sees: a line of them alone is blank.
  const text = decoded.text.replace(/[\u200B\u2060\uFEFF]/gu, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new PodiumError(`${file}: the file contains only whitespace`);
  if (looksBinary(text)) throw new PodiumError(`${file}: looks like a binary file, not a speech`);
  return { ...decoded, text };
}

function decodeForced(buf: Buffer, file: string, name: string): DecodedText {
  if (!codecs.iconv.encodingExists(name)) {
    throw new PodiumError(`${file}: unknown encoding "${name}" (given with --encoding)`);
  }
  const encoding = CANONICAL[name.toLowerCase()] ?? name;
  const text = codecs.iconv.decode(buf, name);
  return { text, encoding, warnings: replacementWarnings(text, encoding) };
}

function sniffMagic(buf: Buffer): string | null {
  for (const m of MAGIC) {
    const at = m.offset ?? 0;
    if (buf.length >= at + m.bytes.length && m.bytes.every((b, i) => buf[at + i] === b)) return m.what;
  }
  return null;
}

function detectAndDecode(buf: Buffer, file: string): DecodedText {
  const bom = fromBom(buf);
  if (bom) return bom;

  const utf16 = utf16ByNulPattern(buf);
  if (utf16) return utf16;
  if (buf.includes(0))
    throw new PodiumError(`${file}: looks like a binary file (it contains NUL bytes), not a speech`);

  const utf8 = strictUtf8(buf);
  if (utf8) return utf8;

  // Not UTF-8: chardet alone mixes up GBK, Big5 and the Japanese/Korean encodings on short Chinese
  // text, so each candidate is decoded and the one that reads most like real text wins.
  // Judged on a sample of the lines that are not UTF-8, so a 20 MB file is decoded once.
  const lines = highByteLines(buf);
  const notUtf8 = lines.filter((l) => !isUtf8(buf.subarray(l.start, l.end)));
  const encoding = bestLegacyEncoding(sampleOf(buf, notUtf8.length > 0 ? notUtf8 : lines));
  if (encoding !== "UTF-8") {
    const mixed = mixedDecode(buf, lines, encoding);
    if (mixed) return mixed;
  }
  const text = codecs.iconv.decode(buf, encoding);
  return { text, encoding, warnings: replacementWarnings(text, encoding) };
}

function bestLegacyEncoding(sample: Buffer): string {
  const candidates = ["GB18030", "Big5", "UTF-8"];
  // Browsers read "ISO-8859-1" as windows-1252 too: its 0x80–0x9F are curly quotes and dashes.
  const detected = codecs.chardet.detect(sample);
  const guess = detected === "ISO-8859-1" ? "windows-1252" : detected;
  if (guess && !candidates.includes(guess) && codecs.iconv.encodingExists(guess)) candidates.push(guess);
  let best = { encoding: "GB18030", score: -Infinity };
  for (const encoding of candidates) {
    const score = plausibility(codecs.iconv.decode(sample, encoding));
    if (score > best.score) best = { encoding, score };
  }
  return best.encoding;
}

/** A line (LF included) that holds bytes >= 0x80; `line` is 1-based. */
interface ByteLine {
  start: number;
  end: number;
  line: number;
}

function highByteLines(buf: Buffer): ByteLine[] {
  const found: ByteLine[] = [];
  let line = 1;
  for (let start = 0; start < buf.length; line++) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl === -1 ? buf.length : nl + 1;
    for (let i = start; i < end; i++) {
      if ((buf[i] ?? 0) >= 0x80) {
        found.push({ start, end, line });
        break;
      }
    }
    start = end;
  }
  return found;
}

/**
 * A file pasted together from two sources (a UTF-8 draft with a GBK paragraph from an old system):
 * each line whose bytes read better as UTF-8 is read so, the rest in `encoding`, and a warning names
 * the lines read the other way. Null when no line reads better as UTF-8 (a plain legacy file).
 * Cutting at line feeds is safe: 0x0A is never part of a GB18030 or Big5 character.
 */
function mixedDecode(buf: Buffer, lines: readonly ByteLine[], encoding: string): DecodedText | null {
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  const asUtf8 = lines.filter((l) => {
    const bytes = buf.subarray(l.start, l.end);
    return (
      isUtf8(bytes) && plausibility(utf8.decode(bytes)) > plausibility(codecs.iconv.decode(bytes, encoding))
    );
  });
  if (asUtf8.length === 0) return null;
  const chosen = new Set(asUtf8);
  const legacy = lines.filter((l) => !chosen.has(l)).map((l) => l.line);
  let text = "";
  let from = 0;
  for (const l of asUtf8) {
    text +=
      codecs.iconv.decode(buf.subarray(from, l.start), encoding) + utf8.decode(buf.subarray(l.start, l.end));
    from = l.end;
  }
  text += codecs.iconv.decode(buf.subarray(from), encoding);
  const [first = 0] = legacy;
  const shown =
    legacy.length > 5 ? `${legacy.slice(0, 5).join(", ")} and ${legacy.length - 5} more` : legacy.join(", ");
  const warning: Warning = {
    line: first,
    kind: "garbled",
    message: `the file mixes encodings: line${legacy.length === 1 ? "" : "s"} ${shown} read as ${encoding}, the rest as UTF-8 (check ${legacy.length === 1 ? "it" : "them"})`,
  };
  const label = `UTF-8 with ${encoding} lines`;
  return { text, encoding: label, warnings: [warning, ...replacementWarnings(text, label)] };
}

/** Whole lines from `lines`, up to about 64 KB, as one buffer to judge an encoding on. */
function sampleOf(buf: Buffer, lines: readonly ByteLine[]): Buffer {
  if (buf.length <= SAMPLE_BYTES && lines.length === 0) return buf;
  const parts: Buffer[] = [];
  let size = 0;
  for (const l of lines) {
    if (size >= SAMPLE_BYTES) break;
    const part = buf.subarray(l.start, Math.min(l.end, l.start + SAMPLE_BYTES));
    parts.push(part);
    size += part.length;
  }
  return parts.length > 0 ? Buffer.concat(parts) : buf.subarray(0, SAMPLE_BYTES);
}

const SAMPLE_BYTES = 64 * 1024;

function fromBom(buf: Buffer): DecodedText | null {
  const [a, b, c, d] = [buf[0], buf[1], buf[2], buf[3]];
  let encoding: string | null = null;
  let skip = 0;
  if (a === 0xef && b === 0xbb && c === 0xbf) [encoding, skip] = ["UTF-8", 3];
  else if (a === 0xff && b === 0xfe && c === 0 && d === 0) [encoding, skip] = ["UTF-32LE", 4];
  else if (a === 0 && b === 0 && c === 0xfe && d === 0xff) [encoding, skip] = ["UTF-32BE", 4];
  else if (a === 0xff && b === 0xfe) [encoding, skip] = ["UTF-16LE", 2];
  else if (a === 0xfe && b === 0xff) [encoding, skip] = ["UTF-16BE", 2];
  if (!encoding) return null;
  const body = buf.subarray(skip);
  if (encoding === "UTF-8") return strictUtf8(body) ?? lenient(body, "UTF-8");
  return lenient(body, encoding);
}

function lenient(buf: Buffer, encoding: string): DecodedText {
  const text = codecs.iconv.decode(buf, encoding, { stripBOM: false });
  return { text, encoding, warnings: replacementWarnings(text, encoding) };
}

/**
 * UTF-16 without a BOM shows itself by NUL bytes that sit almost only at odd offsets (LE) or even
 * offsets (BE): the high bytes of ASCII characters such as newlines and digits.
 */
function utf16ByNulPattern(buf: Buffer): DecodedText | null {
  // Most files have no NUL byte at all: one search, not a loop over every byte.
  if (buf.length < 4 || buf.length % 2 !== 0 || !buf.includes(0)) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const nuls = even + odd;
  if (nuls === 0) return null;
  const encoding = odd >= 0.95 * nuls ? "UTF-16LE" : even >= 0.95 * nuls ? "UTF-16BE" : null;
  if (!encoding) return null;
  const text = codecs.iconv.decode(buf, encoding, { stripBOM: false });
  return plausibleUtf16(text) ? { text, encoding, warnings: replacementWarnings(text, encoding) } : null;
}

/** Binary data can show the same NUL pattern; real text decodes to letters, hanzi and punctuation. */
function plausibleUtf16(text: string): boolean {
  let good = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const cp = ch.codePointAt(0) ?? 0;
    const ok =
      cp === 0x09 ||
      cp === 0x0a ||
      cp === 0x0d ||
      (cp >= 0x20 && cp < 0x7f) ||
      (cp >= 0xa0 && cp < 0x0530) || // Latin, Greek, Cyrillic
      (cp >= 0x2000 && cp < 0x2070) || // general punctuation
      (cp >= 0x2460 && cp < 0x2500) || // enclosed numbers
      (cp >= 0x3000 && cp < 0xa000) || // CJK punctuation, kana, hanzi
      (cp >= 0xac00 && cp < 0xd7a4) || // hangul
      (cp >= 0xff00 && cp < 0xfff0) || // full-width forms
      (cp >= 0x20000 && cp < 0x32000); // hanzi beyond the BMP
    if (ok) good++;
  }
  return good >= 0.95 * total;
}

/**
 * UTF-8 that decodes without error. A file cut off in the middle of its last character still counts
 * as UTF-8: the broken tail becomes U+FFFD and a warning, rather than a wrong guess of encoding.
 */
function strictUtf8(buf: Buffer): DecodedText | null {
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    return { text: strict.decode(buf), encoding: "UTF-8", warnings: [] };
  } catch {
    // Fall through to the truncation check.
  }
  const tail = truncatedTail(buf);
  if (tail === 0) return null;
  try {
    const text = strict.decode(buf.subarray(0, buf.length - tail)) + "\uFFFD";
    const line = text.split("\n").length;
    return {
      text,
      encoding: "UTF-8",
      warnings: [
        { line, message: "the file ends in the middle of a character (cut off?); it was replaced by �" },
      ],
    };
  } catch {
    return null;
  }
}

/** How many bytes at the end form an incomplete UTF-8 sequence (0 if none). */
function truncatedTail(buf: Buffer): number {
  for (let k = 1; k <= 3 && k <= buf.length; k++) {
    const byte = buf[buf.length - k] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back for the lead
    const need = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    return need > k ? k : 0;
  }
  return 0;
}

/**
 * How much a decoding reads like real text: common hanzi count for it, rare ones a little against
 * (a wrong CJK decoding yields rare characters), undecodable bytes and control characters heavily.
 */
function plausibility(text: string): number {
  let score = 0;
  const chars = Array.from(text);
  // A character of Chinese alone between Latin words and figures (`Lent 每 Parish`, `30.15每18`) is an
  // English text's dash or quote read in the wrong encoding.
  const isCjk = (ch: string | undefined) => (ch?.codePointAt(0) ?? 0) >= 0x2e80;
  const alone = (i: number) => !isCjk(chars[i - 1]) && !isCjk(chars[i + 1]);
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfffd) score -= 10;
    else if (cp < 0x20 && ch !== "\n" && ch !== "\r" && ch !== "\t") score -= 5;
    else if (COMMON_HANZI.has(ch)) score += alone(i) ? -1 : 3;
    else if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000) score -= 1;
    else if (cp >= 0x80 && cp < 0x100) score -= 0.5; // Latin-1 letters only win when nothing reads as Chinese
  });
  return score;
}

function replacementWarnings(text: string, encoding: string): Warning[] {
  let count = 0;
  let first = -1;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) {
    if (first === -1) first = i;
    count++;
  }
  if (count === 0) return [];
  const line = text.slice(0, first).split(/\r\n?|\n/).length;
  const what = count === 1 ? "1 byte sequence" : `${count} byte sequences`;
  return [{ line, message: `${what} could not be read as ${encoding} and became �` }];
}

/** Control characters but tab, line feed, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/gu;

/** Text with many control characters is a binary file that happened to decode. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  // Counted by the regex engine, not character by character in script: a speech is long.
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > 8 && controls > sample.length * 0.02;
}
