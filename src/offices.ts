/**
 * A government office or a diplomatic mission named in title case, as it heads what it issues
 * (`Department of Further and Higher Education`, `Embassy of the Republic of … in …`).
 */
export const GOVERNMENT_OFFICE =
  /^(?:The\s+)?(?:Department|Ministry|Office|Embassy|Permanent Mission|High Commission|Consulate(?: General)?)\s+(?:of|for)\s+(?:the\s+)?[A-Z][^.!?]*$/u;
