import { describe, expect, it } from "vitest";
import { characterCount, countCharacters, hasLatinLetter, startsWithLatinLetter } from "../src/characters.js";

describe("the Latin-letter test English patterns are skipped by", () => {
  it("passes every character a case-insensitive English pattern reads as a letter (`ſ`, the Kelvin sign)", () => {
    const folded: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (/[a-z]/iu.test(char)) folded.push(char);
    }
    expect(folded).toContain("ſ");
    expect(folded).toContain("\u212a");
    expect(folded.filter((char) => !hasLatinLetter(char) || !startsWithLatinLetter(char))).toEqual([]);
  });

  it("finds no Latin letter in Chinese text, digits and punctuation", () => {
    expect(hasLatinLetter("二〇二六年5月14日，全市工作会议（第3次）")).toBe(false);
    expect(hasLatinLetter("任務(wù)")).toBe(true);
    expect(startsWithLatinLetter("任務(wù)")).toBe(false);
    expect(startsWithLatinLetter("Share this page")).toBe(true);
  });
});

describe("characterCount", () => {
  it("counts characters as Array.from does: a pair beyond the BMP is one, a lone surrogate is one", () => {
    for (const text of ["", "講話", "𠀀我𠀁", "\ud800", "a\udc00b", "\ud800\ud800\udc00", "😀x"])
      expect(characterCount(text)).toBe(Array.from(text).length);
  });
});

describe("countCharacters", () => {
  it("counts what a one-character pattern matches, characters beyond the BMP too", () => {
    const han = /\p{Script=Han}/gu;
    for (const text of ["", "講話 speech", "𠀀我𠀁", "a\ud800中", "😀中文"])
      expect(countCharacters(text, han)).toBe(text.match(han)?.length ?? 0);
  });
});
