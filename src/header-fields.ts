import { startsWithLatinLetter } from "./characters.js";

/**
 * A field of a memo's or an e-mail's header (`TO: Board of Trustees`, `Subject: …`, `RE: …`). The
 * name is the field's, the value what follows the colon.
 */
const HEADER_FIELD =
  /^(to|from|date|sent|subject|re|regarding|cc|bcc|attn|attention|ref|reference|memo no\.?|file)[ \t]*:[ \t]*(\S.*)$/iu;

export function headerField(text: string): { name: string; value: string } | null {
  const line = text.trim();
  // The field names are English: a line that starts otherwise is not matched against them.
  const match = startsWithLatinLetter(line) ? HEADER_FIELD.exec(line) : null;
  if (!match?.[1] || match[2] === undefined) return null;
  return { name: match[1].toLowerCase(), value: match[2].trim() };
}
