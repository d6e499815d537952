/**
 * Checks settings against the settings schema written as JSON Schema (rules.ts makes it from the
 * zod schema), without loading zod. It only ever says "valid, and this is what zod would return" or
 * "cannot tell": an invalid value, or anything it does not understand, goes on to the zod schema, so
 * every error is still the schema's own. The rules are the schema's; this module only reads them.
 */
import type { Settings } from "./schema.js";

export type JsonSchema = { readonly [keyword: string]: unknown };

/** What settings need from the schema, in data: the bundle carries it (precompiled-settings.ts). */
export interface SettingsRules {
  /** The settings schema as JSON Schema; a part zod's runtime would treat differently is `{}`. */
  schema: JsonSchema;
  /** Every setting's name. */
  keys: readonly string[];
  /** Front matter's spellings of keys (`handout-layout`), to the key. */
  aliases: ReadonlyMap<string, string>;
  /** Keys a speech's front matter may not set. */
  machineKeys: readonly string[];
}

/** This checker does not decide; the zod schema will. */
const UNDECIDED = Symbol("undecided");
type Checked = { value: unknown } | typeof UNDECIDED;

const KEYWORDS = new Set([
  "$schema",
  "type",
  "enum",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "anyOf",
  "properties",
  "additionalProperties",
  "propertyNames",
  "required",
]);

/** The settings as the schema would return them when they are valid; `undefined` when only it can tell. */
export function checkSettings(rules: SettingsRules, input: unknown): Settings | undefined {
  const checked = check(rules.schema, input);
  return checked === UNDECIDED ? undefined : (checked.value as Settings);
}

function check(schema: JsonSchema, value: unknown): Checked {
  const keywords = Object.keys(schema);
  // `{}` is a part JSON Schema cannot say (a date, a transform): only zod knows it.
  if (keywords.length === 0 || keywords.some((k) => !KEYWORDS.has(k))) return UNDECIDED;
  if (Array.isArray(schema.anyOf)) return checkAnyOf(schema.anyOf as JsonSchema[], value);
  if (schema.type === "object") return checkObject(schema, value);
  if (!hasType(schema.type, value)) return UNDECIDED;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return UNDECIDED;
  if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value as string))
    return UNDECIDED;
  if (typeof value === "number" && !inRange(schema, value)) return UNDECIDED;
  return { value };
}

function hasType(type: unknown, value: unknown): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isSafeInteger(value);
    default:
      return false;
  }
}

function inRange(schema: JsonSchema, value: number): boolean {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
  return (
    (typeof minimum !== "number" || value >= minimum) &&
    (typeof maximum !== "number" || value <= maximum) &&
    (typeof exclusiveMinimum !== "number" || value > exclusiveMinimum) &&
    (typeof exclusiveMaximum !== "number" || value < exclusiveMaximum)
  );
}

/** zod takes the first branch that passes; a branch before it that this cannot read decides nothing. */
function checkAnyOf(branches: readonly JsonSchema[], value: unknown): Checked {
  for (const branch of branches) {
    const checked = check(branch, value);
    if (checked !== UNDECIDED) return checked;
    if (Object.keys(branch).length === 0) return UNDECIDED;
  }
  return UNDECIDED;
}

/** A plain mapping whose keys are all plain: enumerable strings, no `__proto__`. */
function plainEntries(value: unknown): [string, unknown][] | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const entries = Object.entries(value);
  if (Reflect.ownKeys(value).length !== entries.length) return undefined;
  if (entries.some(([key, item]) => key === "__proto__" || item === undefined)) return undefined;
  return entries;
}

function checkObject(schema: JsonSchema, value: unknown): Checked {
  const entries = plainEntries(value);
  if (!entries) return UNDECIDED;
  const given = new Map(entries);
  const out: Record<string, unknown> = {};
  const { properties, additionalProperties, propertyNames, required } = schema;
  if (Array.isArray(required) && required.some((key) => !given.has(key as string))) return UNDECIDED;
  if (properties !== undefined) {
    // zod lists an object's keys in the schema's order.
    if (additionalProperties !== false || propertyNames !== undefined) return UNDECIDED;
    const shape = properties as Record<string, JsonSchema>;
    if (entries.some(([key]) => !Object.hasOwn(shape, key))) return UNDECIDED;
    for (const [key, item] of Object.entries(shape)) {
      if (!given.has(key)) continue;
      const checked = check(item, given.get(key));
      if (checked === UNDECIDED) return UNDECIDED;
      out[key] = checked.value;
    }
    return { value: out };
  }
  // A record: every key and value checked, in the input's order.
  if (typeof additionalProperties !== "object" || additionalProperties === null) return UNDECIDED;
  for (const [key, item] of entries) {
    if (propertyNames !== undefined && check(propertyNames as JsonSchema, key) === UNDECIDED)
      return UNDECIDED;
    const checked = check(additionalProperties as JsonSchema, item);
    if (checked === UNDECIDED) return UNDECIDED;
    out[key] = checked.value;
  }
  return { value: out };
}
