import type { SlideLayout } from "../config/values.js";

export interface Correction {
  point?: string;
  paragraph?: string;
  occurrence?: number;
  level?: number;
  heading?: string;
  layout?: SlideLayout;
  merge?: true;
  notAPoint?: true;
  split?: true;
}
