export { startPreview, type Preview, type PreviewOptions, type RebuildResult } from "./preview.js";
