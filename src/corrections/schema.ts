import { z } from "zod";
import { SLIDE_LAYOUTS } from "../config/values.js";
import { MAX_POINT_LEVEL, type Correction } from "./types.js";

const text = z.string().trim().min(1);

const correctionSchema = z
  .object({
    point: text,
    paragraph: text,
    occurrence: z.number().int().min(0),
    level: z.number().int().min(1).max(MAX_POINT_LEVEL),
    heading: text,
    layout: z.enum(SLIDE_LAYOUTS),
    merge: z.literal(true),
    notAPoint: z.literal(true),
    split: z.literal(true),
  })
  .partial()
  .strict()
  .refine((c) => (c.point === undefined) !== (c.paragraph === undefined), {
    message: "give either `point` (a point's marker and heading) or `paragraph` (with `split: true`)",
  })
  .refine((c) => (c.paragraph !== undefined) === (c.split === true), {
    message: "`split: true` goes with `paragraph`, and `paragraph` with `split: true`",
  })
  .refine(
    (c) =>
      c.paragraph !== undefined ||
      [c.level, c.heading, c.layout, c.merge, c.notAPoint].some((v) => v !== undefined),
    { message: "say what to change: level, heading, layout, merge or notAPoint" },
  );

/** The sidecar file: a list of corrections, applied in order. */
export const sidecarSchema = z
  .object({ corrections: z.array(correctionSchema).default([]) })
  .strict() satisfies z.ZodType<{ corrections: Correction[] }, unknown>;
