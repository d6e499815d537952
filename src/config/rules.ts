/**
 * The settings schema (schema.ts) as data the zod-free checker (check.ts) reads: made by the bundle
 * when it is built (scripts/bundle.mjs), and by the library when it first checks settings.
 */
import { z } from "zod";
import type { JsonSchema, SettingsRules } from "./check.js";
import { ALIASES, MACHINE_KEYS, settingsSchema } from "./schema.js";

/**
 * The zod types whose input JSON Schema states all that zod checks and returns. Anything else (a
 * transform, a default, a refinement JSON Schema drops) becomes `{}`, which the checker leaves to zod.
 */
const PLAIN_TYPES = new Set(["object", "optional", "string", "number", "boolean", "enum", "union", "record"]);
/** Checks that JSON Schema keeps whole: ranges, integers and patterns. */
const PLAIN_CHECKS = new Set(["greater_than", "less_than", "number_format", "string_format"]);

export function settingsRules(): SettingsRules {
  const schema = z.toJSONSchema(settingsSchema, {
    io: "input",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const { type, checks } = zodSchema._zod.def as { type: string; checks?: { _zod: { def: unknown } }[] };
      const plain =
        PLAIN_TYPES.has(type) &&
        (checks ?? []).every(({ _zod }) => plainCheck(_zod.def as Record<string, unknown>));
      if (!plain)
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
    },
  }) as JsonSchema;
  return {
    schema,
    keys: Object.keys(settingsSchema.shape),
    aliases: ALIASES,
    machineKeys: MACHINE_KEYS,
  };
}

/** A pattern is matched with the `u` flag, so only a pattern written with `u` alone reads the same. */
function plainCheck(def: Record<string, unknown>): boolean {
  if (!PLAIN_CHECKS.has(def.check as string)) return false;
  if (def.check === "number_format") return def.format === "safeint";
  if (def.check === "string_format")
    return def.format === "regex" && def.pattern instanceof RegExp && def.pattern.flags === "u";
  return true;
}
