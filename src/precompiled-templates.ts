/**
 * podium's own templates, compiled ahead of time, keyed by their text. Empty here: the command-line
 * bundle (scripts/bundle.mjs) puts the compiled templates in place of this module, so a build runs
 * them without compiling; the library compiles each template on first use. Keyed by text, so a
 * template edited since the bundle was made (or a user's copy that differs) is compiled as usual.
 */
export const precompiledTemplates: ReadonlyMap<string, TemplateSpecification> = new Map();
