import type { Slide } from "../plan/types.js";

/** The marker as a badge shows it: without the punctuation that follows numbering (`第一，` → `第一`). */
export function badgeOf(marker: string): string {
  return marker.replace(/[、，,.．:：\s]+$/u, "");
}

/**
 * `二、練好內功真功` → `練好內功真功`, `1. Where we stand` → ` Where we stand`: what a section slide
 * shows after the marker, so the slide reads as `withMarker` joined them.
 */
export function withoutMarker(slide: Slide): string {
  if (slide.marker === "" || !slide.title.startsWith(slide.marker)) return slide.title;
  return slide.title.slice(slide.marker.length);
}
