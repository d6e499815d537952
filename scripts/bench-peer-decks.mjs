// The example speech as other tools take it, for the side-by-side benchmarks: Markdown (Marp CLI,
// reveal-md) and a plain reveal.js deck. Each slide is one point of podium's outline, its heading
// and its paragraphs, so every tool gets the same words.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Slides as heading + paragraphs: the speech's title, then every point in reading order. */
export function slidesOf(outline) {
  const slides = [{ heading: outline.title ?? "", paragraphs: outline.preamble ?? [] }];
  const walk = (points) => {
    for (const point of points) {
      slides.push({ heading: `${point.marker ?? ""}${point.heading ?? ""}`, paragraphs: point.paragraphs });
      walk(point.children);
    }
  };
  walk(outline.points);
  return slides;
}

/** Markdown both Marp and reveal-md read: slides split by `---`. */
export function markdownOf(slides) {
  const body = slides
    .map((slide) => [`## ${slide.heading}`, ...slide.paragraphs].join("\n\n"))
    .join("\n\n---\n\n");
  return `---\nmarp: true\n---\n\n${body}\n`;
}

const escape = (text) =>
  text.replace(/[&<>"]/gu, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);

/** A reveal.js deck with reveal's own white theme and nothing of podium's, at podium's canvas size. */
export function plainRevealHtml(slides, lang) {
  const dist = dirname(createRequire(import.meta.url).resolve("reveal.js"));
  const href = (file) => pathToFileURL(join(dist, file)).href;
  const sections = slides
    .map(
      (slide) =>
        `<section><h2>${escape(slide.heading)}</h2>${slide.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("")}</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<link rel="stylesheet" href="${href("reset.css")}"><link rel="stylesheet" href="${href("reveal.css")}">
<link rel="stylesheet" href="${href("theme/white.css")}">
</head><body><div class="reveal"><div class="slides">
${sections}
</div></div>
<script src="${href("reveal.js")}"></script>
<script>Reveal.initialize({ width: 1920, height: 1080, margin: 0, hash: true });</script>
</body></html>
`;
}
