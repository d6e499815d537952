/**
 * Child process for the kill test: opens a session, then prints a slow deck and writes it through
 * writeFileAtomic. The test kills this process mid-print. argv: <out.pdf>
 */
import { BrowserSession } from "../src/export/browser.js";
import { finishPrinted } from "../src/export/meta.js";
import { printSlides } from "../src/export/pdf.js";
import { writeFileAtomic } from "../src/output.js";
import { exampleDeck } from "./export-fixture.js";

const out = process.argv[process.argv.length - 1] as string;
const deck = exampleDeck();
// A deck that never becomes ready keeps the export busy until the test kills us.
deck.html = deck.html.replace("Reveal.initialize(", "void (");
const session = await BrowserSession.open({
  browserPath: process.env["PODIUM_TEST_CHROMIUM"] ?? "/usr/bin/chromium",
});
process.stdout.write(`PROFILE ${session.userDataDir}\n`);
try {
  await writeFileAtomic(out, await finishPrinted(await printSlides(session, deck)));
} finally {
  await session.close();
}
