export { buildOutline } from "./build.js";
export { formatOutline, outlineJson, type OutlineJson, type PointJson } from "./format.js";
export type { Outline, Point } from "./types.js";
