import { appendFileSync } from "node:fs";

export async function resolve(specifier, context, next) {
  const log = process.env.PODIUM_TRACE_IMPORTS;
  if (log && /puppeteer|pptxgenjs/u.test(specifier)) appendFileSync(log, `${specifier}\n`);
  return next(specifier, context);
}
