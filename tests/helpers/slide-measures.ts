/**
 * What the back row sees, measured in the page: for every slide, how much of the space below the
 * heading its content fills, how large its text is, whether any line of text ends with one lone CJK
 * character, and whether anything overflows. Runs in the live deck and in reveal.js's print view.
 */

export interface SlideMeasure {
  index: number;
  kind: string;
  layout: string;
  /** Height of the content block over the height of the space below the heading (0–1). */
  fill: number;
  /** Font size of the body text (the content region's own size), CSS px on the canvas. */
  bodyPx: number;
  /** Smallest font size of any text in the content region, CSS px on the canvas. */
  minTextPx: number;
  /** Text of the last lines that hold a single CJK character. */
  lone: string[];
  overflow: boolean;
}

/** Page function (self-contained: puppeteer serialises it). */
export function measureSlides(): SlideMeasure[] {
  const han = /\p{Script=Han}/u;
  const letter = /[\p{L}\p{N}]/u;
  const textBlocks =
    "li, p, h1, h2, h3, blockquote, figcaption, .figure-label, .figure-value, .timeline-date";
  const hasBlockChild = (element: Element) =>
    Array.from(element.children).some((child) => {
      const display = getComputedStyle(child).display;
      return display !== "inline" && display !== "inline-block" && display !== "none";
    });

  /** The last line of an element's text, as the characters drawn on it. */
  const lastLine = (element: Element): { lines: number; text: string } => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const chars: { char: string; top: number; height: number }[] = [];
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0)
          chars.push({ char: text[i] as string, top: rect.top, height: rect.height });
      }
    }
    const last = chars.at(-1);
    if (!last) return { lines: 0, text: "" };
    const sameLine = (c: { top: number }, top: number) => Math.abs(c.top - top) < last.height / 2;
    let lines = 0;
    let lineTop = Number.NEGATIVE_INFINITY;
    for (const c of chars) {
      if (!sameLine(c, lineTop)) {
        lines++;
        lineTop = c.top;
      }
    }
    return {
      lines,
      text: chars
        .filter((c) => sameLine(c, last.top))
        .map((c) => c.char)
        .join(""),
    };
  };

  return Array.from(document.querySelectorAll<HTMLElement>("section.podium-slide")).map((section, index) => {
    const hidden = getComputedStyle(section).display === "none";
    const display = section.style.display;
    if (hidden) section.style.display = "block";
    const frame = section.querySelector(".slide-frame") as HTMLElement;
    const frameStyle = getComputedStyle(frame);
    const frameBox = frame.getBoundingClientRect();
    const scale = frameBox.height / frame.offsetHeight;
    const body = frame.querySelector<HTMLElement>(".slide-body");
    const header = frame.querySelector(".slide-header");
    const region = body ?? frame;
    const top = body
      ? body.getBoundingClientRect().top
      : header
        ? header.getBoundingClientRect().bottom
        : frameBox.top + parseFloat(frameStyle.paddingTop) * scale;
    const bottom = body
      ? body.getBoundingClientRect().bottom
      : frameBox.bottom - parseFloat(frameStyle.paddingBottom) * scale;
    const content = Array.from(region.children).filter(
      (child) => !child.matches(".slide-header, .slide-footer, aside"),
    );
    const rects = content.map((child) => child.getBoundingClientRect()).filter((r) => r.height > 0);
    const contentTop = Math.min(...rects.map((r) => r.top));
    const contentBottom = Math.max(...rects.map((r) => r.bottom));
    const fill = rects.length === 0 ? 0 : (contentBottom - contentTop) / (bottom - top);

    let minTextPx = Number.POSITIVE_INFINITY;
    for (const element of Array.from(region.querySelectorAll("*"))) {
      if (element.closest(".slide-header, .slide-footer")) continue;
      const ownText = Array.from(element.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "",
      );
      if (ownText) minTextPx = Math.min(minTextPx, parseFloat(getComputedStyle(element).fontSize));
    }

    const lone: string[] = [];
    for (const element of Array.from(frame.querySelectorAll(textBlocks))) {
      if (element.closest(".slide-footer") || hasBlockChild(element)) continue;
      const { lines, text } = lastLine(element);
      const letters = Array.from(text).filter((c) => letter.test(c));
      if (lines > 1 && letters.length === 1 && han.test(letters[0] as string))
        lone.push(element.textContent ?? "");
    }

    const overflow = frame.scrollHeight > frame.clientHeight + 1 || frame.scrollWidth > frame.clientWidth + 1;
    const measure: SlideMeasure = {
      index,
      kind: section.dataset["kind"] ?? "",
      layout: section.dataset["layout"] ?? section.dataset["kind"] ?? "",
      fill,
      bodyPx: parseFloat(getComputedStyle(region).fontSize),
      minTextPx: Number.isFinite(minTextPx) ? minTextPx : parseFloat(getComputedStyle(region).fontSize),
      lone,
      overflow,
    };
    if (hidden) section.style.display = display;
    return measure;
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
