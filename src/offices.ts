/**
 * A government office or a diplomatic mission named in title case, as it heads what it issues
 * (`Department of Further and Higher Education`, `Embassy of the Republic of … in …`).
 */
export const GOVERNMENT_OFFICE =
  /^(?:The\s+)?(?:Department|Ministry|Office|Embassy|Permanent Mission|High Commission|Consulate(?: General)?)\s+(?:of|for)\s+(?:the\s+)?[A-Z][^.!?]*$/u;

/**
 * A government's name in title case (`City of Harbor Falls`, `Shire of Kallaroo`, `Republic of the
 * Philippines`), or a Chinese one's in English (`Nanwan City Government`, `Yunfeng County People's Government`).
 */
export const LOCAL_GOVERNMENT =
  /^(?:(?:The\s+)?(?:City|County|Town|Village|Borough|Shire|Municipality|Township|Parish|Region|District|Province|State|Republic|Commonwealth|Kingdom)\s+of\s+(?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}|(?:[A-Z][\p{L}'’.-]*\s+){1,3}(?:City|County|Town|Township|District|Municipal|Provincial)\s+(?:People's\s+|People’s\s+)?Government)$/u;
