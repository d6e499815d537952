import { existsSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { fileURLToPath } from "node:url";

/** The npm package a specifier or a path inside node_modules names; null for Node's own and relative ones. */
export function packageOf(specifier) {
  const inModules = /(?:^|[/\\])node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)/u.exec(specifier);
  if (inModules) return inModules[1].replace(/\\/gu, "/");
  if (isBuiltin(specifier) || /^(?:\.|\/|file:|data:)/u.test(specifier)) return null;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? null);
}

/** The packages bundled into a loaded file, from its source map (none when it has no map). */
export function bundledPackages(url) {
  if (!url.startsWith("file:")) return [];
  const map = `${fileURLToPath(url)}.map`;
  if (!existsSync(map)) return [];
  const { sources } = JSON.parse(readFileSync(map, "utf8"));
  return [...new Set(sources.map(packageOf).filter((name) => name !== null))];
}
