import { describe, expect, it } from "vitest";
import { checkSettings } from "../src/config/check.js";
import { validateSettings } from "../src/config/load.js";
import { settingsRules } from "../src/config/rules.js";
import { settingsSchema } from "../src/config/schema.js";

const rules = settingsRules();

/** What the zod schema itself returns, or undefined when it refuses the input. */
function zodResult(input: unknown): unknown {
  const result = settingsSchema.safeParse(input);
  return result.success ? result.data : undefined;
}

const prototypeFree = (entries: Record<string, unknown>) =>
  Object.assign(Object.create(null) as Record<string, unknown>, entries);

const valid: Record<string, unknown>[] = [
  { output: "dist" },
  { theme: "red-2", aspect: "4:3", paper: "letter", handoutLayout: "notes" },
  { cjkCharsPerMinute: 60, wordsPerMinute: 400, timeout: 0.5, port: 0 },
  { pptx: true, title: "標題", date: "2024-05-01", layouts: { "三、": "cards", "1.": "list" } },
  { notes: false, singleFile: true, script: "traditional", encoding: "gb18030" },
  prototypeFree({ title: "From a front matter", emphasis: false }),
];

const refused: unknown[] = [
  { theme: "a b" },
  { theme: "" },
  { aspect: "16:10" },
  { cjkCharsPerMinute: 59 },
  { cjkCharsPerMinute: 100.5 },
  { wordsPerMinute: 401 },
  { timeout: 0 },
  { timeout: Number.NaN },
  { timeout: Number.POSITIVE_INFINITY },
  { port: 65536 },
  { port: -1 },
  { port: 2 ** 60 },
  { title: 3 },
  { notes: "yes" },
  { layouts: { "一、": "grid" } },
  { layouts: ["cards"] },
  { themes: "red" },
  { output: "dist", extra: 1 },
  null,
  "dist",
  [],
];

/** Cases where zod decides on its own: a date to turn into text, keys zod treats specially. */
const leftToZod: unknown[] = [
  { date: new Date("2024-05-01T00:00:00Z") },
  { title: undefined },
  { layouts: JSON.parse('{"__proto__": "cards"}') as unknown },
  { [Symbol("key")]: 1, output: "dist" },
  new (class Settings {
    output = "dist";
  })(),
];

describe("settings checked without zod, by the rules made from the schema", () => {
  it.each(valid.map((input) => [JSON.stringify(input), input]))(
    "takes valid settings %s as zod returns them, keys in the schema's order",
    (_, input) => {
      const checked = checkSettings(rules, input);
      expect(checked).toBeDefined();
      expect(checked).toStrictEqual(zodResult(input));
      expect(Object.keys(checked ?? {})).toEqual(Object.keys(zodResult(input) as object));
    },
  );

  it.each(refused.map((input) => [String(JSON.stringify(input)), input]))(
    "leaves %s to zod, which refuses it",
    (_, input) => {
      expect(zodResult(input)).toBeUndefined();
      expect(checkSettings(rules, input)).toBeUndefined();
    },
  );

  it.each(leftToZod.map((input, index) => [index, input]))("leaves case %i to zod", (_, input) => {
    expect(checkSettings(rules, input)).toBeUndefined();
  });

  it("never returns what zod would not, over many mixed settings", () => {
    const values: unknown[] = [
      "light",
      "a b",
      "",
      "4:3",
      "notes",
      "6",
      0,
      -1,
      1.5,
      60,
      600,
      601,
      3600,
      65535,
      true,
      false,
      null,
      [],
      {},
      { "一、": "cards" },
    ];
    const keys = [...rules.keys, "unknown"];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n) as number;
    let accepted = 0;
    for (let round = 0; round < 5000; round += 1) {
      const input: Record<string, unknown> = {};
      for (let count = next(4); count >= 0; count -= 1)
        input[keys[next(keys.length)]!] = values[next(values.length)];
      const checked = checkSettings(rules, input);
      if (checked === undefined) continue;
      accepted += 1;
      expect(checked).toStrictEqual(zodResult(input));
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it("words errors as the schema does", async () => {
    await expect(validateSettings({ timeout: 0 }, "command line")).rejects.toThrow(
      /^command line: "timeout": Too small/u,
    );
    await expect(validateSettings({ themes: "red" }, "podium.config.json")).rejects.toThrow(
      /unknown key "themes" \(allowed: title, /u,
    );
  });

  it("gives every key of the schema, its aliases and the keys only a presenter may set", () => {
    expect(rules.keys).toEqual(Object.keys(settingsSchema.shape));
    expect(rules.aliases.get("handout-layout")).toBe("handoutLayout");
    expect(rules.machineKeys).toContain("output");
  });
});
