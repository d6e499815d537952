import type { SettingsRules } from "./check.js";

/**
 * The settings rules (rules.ts), made from the schema ahead of time. Null here: the command-line
 * bundle (scripts/bundle.mjs) puts the rules in place of this module, so a build whose settings are
 * valid never loads zod; the library makes them from the schema on first use.
 */
export const precompiledSettingsRules: SettingsRules | null = null;
