import { startsWithLatinLetter } from "./characters.js";

/**
 * A field of a memo's or an e-mail's header (`TO: Board of Trustees`, `Subject: …`, `RE: …`), or of
 * the cover of a report to a board or a committee (`REPORT TO: Planning Committee`, `Agenda item: 6`,
 * `Report title: Chief Executive's Report`). The name is the field's, the value what follows the colon.
 */
const HEADER_FIELD = new RegExp(
  `^(to|from|through|date|sent|subject|re|regarding|cc|bcc|attn|attention|ref|reference|memo no\\.?|file(?: ref(?:erence)?| no\\.?)?|${[
    "report (?:to|of|by|from|no\\.?|number|title|author)",
    "(?:paper|item) (?:ref(?:erence)?|no\\.?|number|title)",
    "(?:date of|meeting) (?:meeting|date)",
    "agenda item(?: no\\.?)?",
    "title",
    "author",
    "purpose",
    "status",
    "classification",
    "key decision",
    "portfolio holder",
    "cabinet member",
    "decision maker",
    "exempt information",
    "forward plan(?: ref(?:erence)?)?",
    "ward(?:s|\\(s\\))?(?: affected)?",
    "contact officer",
    // How to reach that officer, perhaps on a line of its own under the name.
    "tel(?:ephone)?",
    "phone",
    "e-?mail",
    "(?:sponsoring|lead|responsible) (?:director|officer|member)",
    "previously considered(?: by)?",
  ].join("|")})[ \\t]*:[ \\t]*(\\S.*)$`,
  "iu",
);

export function headerField(text: string): { name: string; value: string } | null {
  const line = text.trim();
  // The field names are English: a line that starts otherwise is not matched against them.
  const match = startsWithLatinLetter(line) ? HEADER_FIELD.exec(line) : null;
  if (!match?.[1] || match[2] === undefined) return null;
  return { name: match[1].toLowerCase().replace(/\s+/gu, " "), value: match[2].trim() };
}
