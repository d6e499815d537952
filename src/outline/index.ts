export { buildOutline } from "./build.js";
export { formatOutline, outlineJson } from "./format.js";
export type { Outline, Point } from "./types.js";
