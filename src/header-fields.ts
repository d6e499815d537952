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

/** The fields of an e-mail's header in Chinese (`发件人：`, `主题：`), by the English field each is. */
const CHINESE_MAIL_FIELDS: Record<string, string> = {
  发件人: "from",
  發件人: "from",
  寄件者: "from",
  收件人: "to",
  收件者: "to",
  发送时间: "sent",
  發送時間: "sent",
  寄件日期: "sent",
  抄送: "cc",
  副本: "cc",
  主题: "subject",
  主題: "subject",
};
const CHINESE_MAIL_FIELD = new RegExp(
  `^(${Object.keys(CHINESE_MAIL_FIELDS).join("|")})[ \\t]*[:：][ \\t]*(\\S.*)$`,
  "u",
);

export function headerField(text: string): { name: string; value: string } | null {
  const line = text.trim();
  const mail = CHINESE_MAIL_FIELD.exec(line);
  if (mail?.[1] && mail[2] !== undefined)
    return { name: CHINESE_MAIL_FIELDS[mail[1]] ?? mail[1], value: mail[2].trim() };
  // The field names are English: a line that starts otherwise is not matched against them.
  const match = startsWithLatinLetter(line) ? HEADER_FIELD.exec(line) : null;
  if (!match?.[1] || match[2] === undefined) return null;
  return { name: match[1].toLowerCase().replace(/\s+/gu, " "), value: match[2].trim() };
}
