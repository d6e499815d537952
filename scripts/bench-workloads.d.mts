// Types for bench-workloads.mjs, so tests can build the same speeches the bench measures.
export const exampleSpeech: string;
/** The example speech repeated until it reaches `bytes`. */
export function repeatedSpeech(bytes: number): string;
/** `points` numbered points on three levels. */
export function manyPoints(points: number): string;
/** Six levels of nesting, `repeat` top-level points. */
export function deepNesting(repeat?: number): string;
/** One paragraph of `chars` characters. */
export function longParagraph(chars: number): string;
/** `count` lines of about `bytes` bytes each. */
export function hugeLines(bytes: number, count?: number): string;
