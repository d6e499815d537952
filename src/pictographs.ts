/**
 * A pictograph a post's editor sets before its words, as decoration or as a bullet (`🔷`, `📌`): a
 * pattern. `©`, `®` and `™` count as pictographs to Unicode but are words of the line (`© 2025 …`).
 */
export const PICTOGRAPH = "(?![©®™])\\p{Extended_Pictographic}";
