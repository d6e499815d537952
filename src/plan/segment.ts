// ICU's segmenters are slow to make (the Chinese word segmenter about 27 ms, the grapheme one about
// 16 ms), so each is made on first use and kept: a build that never cuts text never pays for one.
type Granularity = "word" | "grapheme";

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string | undefined, granularity: Granularity): Intl.Segmenter {
  const key = `${locale ?? ""}:${granularity}`;
  let made = segmenters.get(key);
  if (!made) {
    made = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, made);
  }
  return made;
}

/** The words (and the spaces and punctuation between them) of a text, in Chinese or English rules. */
export function segmentWords(text: string, language: "zh" | "en"): string[] {
  return Array.from(segmenter(language, "word").segment(text), (s) => s.segment);
}

/** The user-perceived characters of a text: a base letter with its combining marks, an emoji sequence. */
export function segmentGraphemes(text: string): string[] {
  return Array.from(segmenter(undefined, "grapheme").segment(text), (s) => s.segment);
}
