/** The slide plan as a speaker checks it: each slide's layout and why it was chosen. */
import { withMarker } from "./labels.js";
import type { LayoutChoice, SlidePlan } from "./types.js";

export interface SlideSummary {
  number: number;
  kind: string;
  /** The layout of a point or quote slide; the kind for the others. */
  layout: string;
  title: string;
  reason: string;
  forced: boolean;
}

export function slideSummaries(plan: SlidePlan): SlideSummary[] {
  return plan.slides.map((slide, index) => {
    const layout: LayoutChoice = slide.layout ?? { name: "list", reason: "", forced: false };
    const titled = slide.kind === "section" ? slide.title : withMarker(slide.marker, slide.title);
    return {
      number: index + 1,
      kind: slide.kind,
      layout: slide.layout ? layout.name : slide.kind,
      title: titled,
      reason: slide.layout ? layout.reason : "",
      forced: layout.forced,
    };
  });
}

/** One line a slide: number, layout, title, and the reason for the layout (`*` when the speaker set it). */
export function formatSlides(plan: SlidePlan): string {
  const rows = slideSummaries(plan);
  const width = Math.max(...rows.map((r) => r.layout.length));
  const digits = String(rows.length).length;
  return rows
    .map((r) => {
      const number = String(r.number).padStart(digits);
      const reason = r.reason === "" ? "" : `  (${r.forced ? "* " : ""}${r.reason})`;
      return `${number}  ${r.layout.padEnd(width)}  ${r.title}${reason}`;
    })
    .join("\n");
}
