/**
 * What the commands run, behind the one `import()` they load it by: `--help` loads none of it, and
 * the command-line bundle keeps podium's stages in one chunk, which Node reads and compiles at
 * once, rather than one chunk for each set of commands that shares a module (scripts/bundle.mjs).
 * The watcher, the preview server and the app stay loaded by their own commands.
 */
export { checkDeck, parseDuration } from "../check.js";
export { validateSettings } from "../config/load.js";
export { correctedOutline } from "../corrections/index.js";
export { readSource } from "../ingest/index.js";
export { initProject } from "../init.js";
export { formatOutline, outlineJson } from "../outline/index.js";
export { listInputs, prepareDeck, settingsFor } from "../pipeline.js";
export { formatSlides, slideSummaries } from "../plan/explain.js";
export { templateVariables } from "../render/index.js";
export { listThemes } from "../themes.js";
export { runBuild } from "./run-build.js";
