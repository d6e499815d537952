/**
 * Child process for the kill test: opens a session, then prints a deck that never becomes ready and
 * writes it through writeFileAtomic. The test signals this process mid-print; like podium's main,
 * it turns SIGINT/SIGTERM into an abort of the one signal the session and the write take.
 * argv: <out.pdf>
 */
import { BrowserSession, findBrowser } from "../src/export/browser.js";
import { finishPrinted } from "../src/export/meta.js";
import { printSlides } from "../src/export/pdf.js";
import { writeFileAtomic } from "../src/output.js";
import { exampleDeck } from "./export-fixture.js";

const out = process.argv[process.argv.length - 1] as string;
const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());
const deck = exampleDeck();
deck.html = deck.html.replace("Reveal.initialize(", "void (");
const session = await BrowserSession.open({
  browserPath: process.env["PODIUM_TEST_CHROMIUM"] ?? findBrowser(),
  timeoutMs: 120_000,
  signal: stop.signal,
});
process.stdout.write(`SESSION ${session.sessionDir}\n`);
try {
  await writeFileAtomic(out, await finishPrinted(await printSlides(session, deck)), stop.signal);
} catch {
  process.exitCode = 1;
} finally {
  await session.close();
}
