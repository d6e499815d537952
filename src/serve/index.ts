export {
  DEFAULT_PORT,
  startPreview,
  type Preview,
  type PreviewOptions,
  type RebuildResult,
} from "./preview.js";
export { EVENTS_PATH, route, type Route } from "./routes.js";
