import { basename, extname } from "node:path";
import { startsWithLatinLetter } from "./characters.js";

/** Device names Windows reserves in every folder, with any extension (`con.txt` is the console). */
const RESERVED_ON_WINDOWS = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/iu;

/**
 * The deck folder's name: the speech's file name without its extension, made safe to use as one
 * folder inside the output folder on every system. `..txt` and `...txt` would name `-o` itself or
 * its parent; separators, control and reserved characters, trailing dots and spaces and Windows'
 * device names (`con`, `nul`, …) become harmless; an empty name becomes `deck`.
 */
export function deckName(input: string): string {
  const base = basename(input);
  // `.txt` is a speech with an empty name, not a hidden file without an extension.
  const name = base
    .slice(0, base.length - (extname(base) || base).length)
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/gu, "_")
    .replace(/[. ]+$/u, "");
  if (name === "") return "deck";
  return startsWithLatinLetter(name) && RESERVED_ON_WINDOWS.test(name) ? `_${name}` : name;
}

/** `2026-05-14_commencement-address` → `Commencement address`: no extension, numbering or dashes. */
export function readableName(input: string): string {
  const words = deckName(input)
    .replace(/[_\-.\s]+/gu, " ")
    .replace(/^(?:\d+\s+)+(?=\D)/u, "")
    .trim();
  return words === "" ? deckName(input) : words.charAt(0).toUpperCase() + words.slice(1);
}
