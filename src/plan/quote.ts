/** Finds a saying quoted with its speaker (`毛泽东说，“……”`, `Lincoln said, "…"`) in one sentence. */

export interface FoundQuote {
  text: string;
  attribution: string;
}

const CJK_QUOTE =
  /^(?:[^，,“]{0,12}[，,])?\s*([\p{Script=Han}·]{2,8}?)(?:同志)?(?:曾經|曾经|曾|也)?(?:說過|说过|說|说|指出|強調|强调|講過|讲过|講|讲)[，,:：]\s*“([^“”]{6,160})”/u;
const EN_QUOTE =
  /^\s*(?:As\s+)?([A-Z][\w.' -]{1,40}?) (?:once )?(?:said|wrote|put it)[,:]\s*[“"]([^“”"]{12,300})[”"]/u;
/** Words that are not a person's name before 说 (我们常说, 有人说, 俗话说). */
const NOT_A_NAME =
  /^(?:我|你|他|她|它|大家|有人|有的|俗話|俗话|常|人們|人们|古人|老話|老话|這|这|那|也就是)/u;

export function findQuote(sentence: string): FoundQuote | null {
  const cjk = CJK_QUOTE.exec(sentence);
  if (cjk) {
    const name = cjk[1] as string;
    if (NOT_A_NAME.test(name) || /[常就也還还]$/u.test(name)) return null;
    return { text: cjk[2] as string, attribution: name };
  }
  const en = EN_QUOTE.exec(sentence);
  if (en) return { text: en[2] as string, attribution: (en[1] as string).trim() };
  return null;
}
