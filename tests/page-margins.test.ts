/**
 * The printed header and footer (src/export/page-margins.ts): CSS margin boxes with the title, the
 * date and "page N of M" in the speech's script; their text is handed on for the print fonts.
 */
import { describe, expect, it } from "vitest";
import { marginBoxes } from "../src/export/page-margins.js";

const MARGINS = { top: 18, bottom: 15, side: 14 };

describe("margin boxes", () => {
  it("number pages in the speech's script", () => {
    expect(marginBoxes("zh-Hant", "", "", MARGINS).css).toContain(
      '"第 " counter(page) " 頁 / 共 " counter(pages) " 頁"',
    );
    expect(marginBoxes("zh-CN", "", "", MARGINS).css).toContain(
      '"第 " counter(page) " 页 / 共 " counter(pages) " 页"',
    );
    expect(marginBoxes("en", "", "", MARGINS).css).toContain('"Page " counter(page) " of " counter(pages)');
  });

  it("carry the title and date as CSS strings, whatever characters they hold", () => {
    const { css } = marginBoxes("en", 'The "Fair Share" \\ plan\nfor 2026', "5 March 2026", MARGINS);
    expect(css).toContain('@top-left { content: "The \\"Fair Share\\" \\\\ plan for 2026";');
    expect(css).toContain('@top-right { content: "5 March 2026";');
    expect(css).toContain("margin: 18mm 14mm 15mm;");
  });

  it("leave out an empty title or date, and hand on every character they draw", () => {
    const { css, drawn } = marginBoxes("zh-Hans", "", "2026年3月5日", MARGINS);
    expect(css).not.toContain("@top-left");
    expect(css).toContain("@top-right");
    for (const char of "2026年3月5日第页共0123456789") expect(drawn.text).toContain(char);
    expect(drawn.fontFamily).toContain("Noto Sans CJK SC");
  });
});
