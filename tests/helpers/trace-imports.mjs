// Loaded with `node --import`: reports every module specifier that names puppeteer, so a test can
// prove an HTML-only build never loads the browser library.
import { register } from "node:module";

register("./trace-imports-hooks.mjs", import.meta.url);
