// Loaded with `node --import`: reports every module specifier that names puppeteer or pptxgenjs, so a
// test can prove an HTML-only build never loads the browser library or the PowerPoint writer.
import { register } from "node:module";

register("./trace-imports-hooks.mjs", import.meta.url);
