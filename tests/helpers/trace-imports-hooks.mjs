import { appendFileSync } from "node:fs";
import { bundledPackages, packageOf } from "./trace-imports-packages.mjs";

export async function resolve(specifier, context, next) {
  const log = process.env.PODIUM_TRACE_IMPORTS;
  const resolved = await next(specifier, context);
  if (log) {
    const names = [packageOf(specifier), ...bundledPackages(resolved.url)].filter((name) => name !== null);
    if (names.length > 0) appendFileSync(log, names.map((name) => `${name}\n`).join(""));
  }
  return resolved;
}
