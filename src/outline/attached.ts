import type { Block, Script } from "../ingest/types.js";
import { opensAttachedDocument } from "./candidates.js";
import { endsSigned, findSignOff } from "./debris.js";
import { isTitleLine } from "./lines.js";
import { matchMarker, ordinalOnly } from "./markers.js";

/** A document a 公文 issues or attaches, after the text that issues it (see docs/design.md, Levels). */
export interface AttachedDocument {
  /** Where the 落款 before it begins (its attachment list, issuer, date, notes): they end at `opener`. */
  signOff: number;
  /** Where the document begins: `附件` alone on its line, or its own title. */
  opener: number;
  /** Opened by its title alone, right after the 落款, with no `附件` line before it. */
  titled: boolean;
  /** A 落款 with its date stands before it: the text before is a 公文 that signs off. */
  signed: boolean;
}

/** A file's name, by its extension. */
const FILE_NAME = /\.(?:docx?|pdf|xlsx?|wps|et|pptx?|zip|rar|ofd)\b/iu;

/** A sentence said: text a sign-off may sign. */
const SAYS_SENTENCE = /[。！？!?；;]|\.(?:\s|$)/u;
/** How many lines before a title a 落款 (attachment list, issuer, date, notes) may span. */
const SIGN_OFF_REACH = 24;

/**
 * The first document attached to a 公文 in `body`: opened by `附件` alone on its line, or by a title
 * right after the 落款 (the issuer and the date, the notes after them), as a notice that issues a
 * plan prints the plan after it. null when there is none.
 */
export function findAttachedDocument(body: readonly Block[], script: Script): AttachedDocument | null {
  const firstSentence = body.findIndex((block) => SAYS_SENTENCE.test(block.text));
  for (let index = 1; index < body.length; index++) {
    if (opensAttachedDocument(body, index)) {
      const before = body.slice(0, index);
      return {
        signOff: Math.min(findSignOff(before), index),
        opener: index,
        titled: false,
        signed: endsSigned(before),
      };
    }
    if (!opensTitledDocument(body, index, script)) continue;
    const from = Math.max(0, index - SIGN_OFF_REACH);
    const before = body.slice(from, index);
    // A sign-off signs text above it: the lines under the title at the head (`…的演辭` · a date),
    // under a page's leftover links (`English` `简体版`) too, sign nothing.
    const signOff = from + findSignOff(before);
    if (endsSigned(before) && firstSentence >= 0 && firstSentence < signOff)
      return { signOff, opener: index, titled: true, signed: true };
  }
  return null;
}

/**
 * A line or heading that may title a document of its own: a title line, no numbering, no field
 * (`联系人：…`), no note in brackets (`（此件公开发布）`).
 */
function opensTitledDocument(body: readonly Block[], index: number, script: Script): boolean {
  const block = body[index];
  if (!block || block.kind === "item" || index + 1 >= body.length) return false;
  const text = block.text.trim();
  return (
    isTitleLine(text, script) &&
    !/[：:]/u.test(text) &&
    !/^[（(].*[）)]$/u.test(text) &&
    // A file to download (`附件【调研问卷.docx】已下载126次`) is no document printed after.
    !FILE_NAME.test(text) &&
    ordinalOnly(text) === null &&
    matchMarker(text, 0, false) === null
  );
}
