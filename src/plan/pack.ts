import { findQuote, type FoundQuote } from "./quote.js";
import { displayWidth, isKeySentence, shorten, splitSentences, type BulletLimits } from "./text.js";

/** What one slide of a point's own text shows and covers. */
export interface Group {
  bullets: string[];
  /** Set for a saying that gets a quote slide of its own. */
  quote: FoundQuote | null;
  /** The text this slide covers: whole paragraphs, or sentence runs where a paragraph is split. */
  notes: string[];
}

export interface PackLimits extends BulletLimits {
  maxBullets: number;
  maxBodyChars: number;
}

interface Piece {
  paragraph: number;
  text: string;
  bullet: string | null;
  quote: FoundQuote | null;
}

/**
 * Chooses key sentences of paragraphs as bullets (the lead sentence of each paragraph, sentences with
 * a quoted term, a figure or a date) and packs them into slides within the limits. A new slide
 * starts at a key sentence, so each slide's notes are the sentences that lead up to its bullets;
 * the notes of all groups, concatenated, are the paragraphs exactly.
 */
export function packParagraphs(paragraphs: readonly string[], limits: PackLimits): Group[] {
  const pieces: Piece[] = [];
  paragraphs.forEach((paragraph, index) => {
    splitSentences(paragraph).forEach((sentence, position) => {
      const key = position === 0 || isKeySentence(sentence);
      pieces.push({
        paragraph: index,
        text: sentence,
        bullet: key ? shorten(sentence, limits) || null : null,
        quote: findQuote(sentence),
      });
    });
  });

  const groups: { group: Group; pieces: Piece[] }[] = [];
  let open: { group: Group; pieces: Piece[]; width: number } | null = null;
  let afterQuote = false;
  for (const piece of pieces) {
    if (piece.quote) {
      groups.push({ group: { bullets: [], quote: piece.quote, notes: [] }, pieces: [piece] });
      open = null;
      afterQuote = true;
      continue;
    }
    // The sentence after a quote slide leads the next slide, so that slide is never bare.
    const bullet = piece.bullet ?? (afterQuote ? shorten(piece.text, limits) || null : null);
    piece.bullet = bullet;
    afterQuote = false;
    const full =
      open !== null &&
      bullet !== null &&
      open.group.bullets.length > 0 &&
      (open.group.bullets.length + 1 > limits.maxBullets ||
        open.width + displayWidth(bullet) > limits.maxBodyChars);
    if (open === null || full) {
      open = { group: { bullets: [], quote: null, notes: [] }, pieces: [], width: 0 };
      groups.push(open);
    }
    open.pieces.push(piece);
    if (bullet !== null && !open.group.bullets.includes(bullet)) {
      open.group.bullets.push(bullet);
      open.width += displayWidth(bullet);
    }
  }
  for (const entry of groups) {
    if (!entry.group.quote) fillThinSlide(entry.group, entry.pieces, limits);
    entry.group.notes = joinByParagraph(entry.pieces);
  }
  return groups.map((entry) => entry.group);
}

/** Slides with fewer bullets than this take more of their own sentences as bullets. */
const MIN_BULLETS = 3;
/** A sentence that says what must be done (`要…`, `必须…`, "we will …") is what an audience notes down. */
const DIRECTIVE = /要|必须|必須|务必|務必|应当|應當|坚持|堅持|\b(?:must|will|should|need to)\b/iu;

/**
 * A slide whose text has only one or two lead or key sentences would show a lone bullet; it takes
 * further sentences of the same text (directives and short statements first, kept in speech order)
 * up to MIN_BULLETS, within the slide's limits.
 */
function fillThinSlide(group: Group, pieces: readonly Piece[], limits: PackLimits): void {
  const wanted = Math.min(MIN_BULLETS, limits.maxBullets) - group.bullets.length;
  if (wanted <= 0) return;
  let width = group.bullets.reduce((sum, b) => sum + displayWidth(b), 0);
  const score = (piece: Piece) =>
    (DIRECTIVE.test(piece.text) ? 2 : 0) + (displayWidth(piece.text) <= limits.maxChars ? 1 : 0);
  const chosen = pieces
    .filter((piece) => piece.bullet === null)
    .map((piece, order) => ({ piece, order, score: score(piece) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, wanted)
    .sort((a, b) => a.order - b.order);
  for (const { piece } of chosen) {
    const bullet = shorten(piece.text, limits);
    if (!bullet || group.bullets.includes(bullet) || width + displayWidth(bullet) > limits.maxBodyChars)
      continue;
    piece.bullet = bullet;
    width += displayWidth(bullet);
  }
  // Bullets follow the speech's order.
  group.bullets = [...new Set(pieces.flatMap((piece) => (piece.bullet === null ? [] : [piece.bullet])))];
}

/** Sentences of one paragraph that sit on one slide become one notes entry again. */
function joinByParagraph(pieces: readonly Piece[]): string[] {
  const notes: string[] = [];
  let last = -1;
  for (const piece of pieces) {
    if (piece.paragraph === last && notes.length > 0) notes[notes.length - 1] += piece.text;
    else notes.push(piece.text);
    last = piece.paragraph;
  }
  return notes;
}
