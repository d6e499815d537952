import { ExitCode, PodiumError } from "../errors.js";
import { labelsFor } from "../plan/labels.js";
import type { SlideKind, SlidePlan } from "../plan/types.js";
import { loadTemplate, readTemplateFile, type Render } from "../templates.js";
import { inlineRevealTags, linkedRevealTags, revealAssets, safeInlineCss } from "./assets.js";
import { bootScript, type RevealConfig } from "./boot.js";
import { badgeOf, withoutMarker } from "./marker.js";
import { displaySlide } from "./punctuation.js";
import type { Aspect, RenderedDeck, RenderedSlide, RenderOptions } from "./types.js";

export type { Aspect, DeckAsset, RenderedDeck, RenderedSlide, RenderOptions } from "./types.js";
export { builtinTemplatesDir } from "../templates.js";

const KINDS: readonly SlideKind[] = ["title", "agenda", "section", "point", "quote", "closing"];
/** Layouts of point slides drawn by a partial of their own (`list` is point.hbs). */
const LAYOUT_PARTIALS = ["cards", "figures", "timeline", "statement", "columns"] as const;
type LayoutPartial = (typeof LAYOUT_PARTIALS)[number];
const isLayoutPartial = (name: string): name is LayoutPartial =>
  (LAYOUT_PARTIALS as readonly string[]).includes(name);

/** Sections a progress line shows as dots. */
const MAX_PROGRESS_DOTS = 12;

const CANVAS: Record<Aspect, { width: number; height: number }> = {
  "16:9": { width: 1920, height: 1080 },
  "4:3": { width: 1440, height: 1080 },
};

const SLIDE_VARIABLES = {
  kind: "slide kind: title, agenda, section, point, quote or closing",
  marker: "the numbering as written (`二、`, `（一）`, `第一，`), empty when none",
  badge: "the marker without trailing punctuation (`第一`), as point and agenda badges show it",
  title: "the slide's title (on section slides it starts with the marker)",
  heading:
    "the title without the marker (what section.hbs shows after it; begins with the space a Latin marker is followed by)",
  subtitle: "second line of title, section and closing slides (may be empty)",
  bullets: "list of short lines taken word for word from the speech",
  continued: "true on a continuation slide (the title already ends with （续） / (cont.))",
  notes: "the speech text the slide covers, paragraph by paragraph",
  seconds: "estimated speaking time of the notes",
  minutes: "the speaking time as the speaker reads it (`约 2 分钟`)",
  section: "index of the top-level section (-1 for title, agenda and closing)",
  point: "the point the slide shows, as its path in the outline (`2.1`); empty on title, agenda and closing",
  number: "1-based slide number; `total` is the slide count",
  info: "the meeting: info.title, info.subtitle, info.speaker, info.organisation, info.date, info.venue",
  lang: "`zh-Hans`, `zh-Hant` or `en`",
  layout:
    "{ name, reason, forced }: how a point slide is drawn (list, cards, figures, timeline, statement, columns, quote)",
  sectionNumber:
    "1-based number of the slide's top-level section (0 outside sections); `sectionCount` is their count",
  sectionTitle:
    "the heading of the slide's top-level section, with its marker (footer text), empty outside sections",
  sectionDots: "list of { current } per top-level section, for a quiet progress line",
  footer: "true on point and quote slides inside a section (slide.hbs then shows the section's title)",
  emphasis:
    "false when the speaker turned emphasis off; `{{text value}}` then only keeps the last two CJK characters together",
} as const;

/** What every point slide's partial (a layout) receives besides the slide. */
const LAYOUT_VARIABLES = {
  ...SLIDE_VARIABLES,
  header: "partials/header.hbs, rendered (HTML, write with {{{ }}})",
  text: "a helper, not a value: {{text value}} writes slide text escaped, figures emphasised, no lone last CJK character",
} as const;

/**
 * The variables each template receives, for the README and `--templates` authors. Every value is
 * user text and must be written with `{{ }}` (escaped); only `body`, `slides`, `revealStyles`,
 * `revealScripts`, `themeCss` and `bootScript` are HTML, CSS or JS podium generated.
 */
export const templateVariables = {
  "layouts/deck.hbs": {
    lang: SLIDE_VARIABLES.lang,
    info: SLIDE_VARIABLES.info,
    footer: "the footer text (the meeting title)",
    theme: "theme name",
    aspectClass: "`16x9` or `4x3`",
    width: "slide canvas width in CSS pixels",
    height: "slide canvas height in CSS pixels",
    slides: "list of rendered `<section>` elements (HTML, write with {{{ }}})",
    revealStyles: "reveal.js stylesheet tags (HTML)",
    revealScripts: "reveal.js and notes plugin script tags (HTML)",
    themeCss: "theme CSS (themes/base.css then themes/<theme>.css)",
    bootScript: "the script that starts reveal.js and fits text to slides (JS)",
  },
  "partials/slide.hbs": {
    ...SLIDE_VARIABLES,
    body: "the slide kind's partial, rendered (HTML, write with {{{ }}})",
  },
  "partials/title.hbs": SLIDE_VARIABLES,
  "partials/agenda.hbs": {
    ...SLIDE_VARIABLES,
    agenda: "list of { marker, badge, heading, current } for the top-level points",
  },
  "partials/section.hbs": SLIDE_VARIABLES,
  "partials/header.hbs": SLIDE_VARIABLES,
  "partials/point.hbs": LAYOUT_VARIABLES,
  "partials/quote.hbs": { ...SLIDE_VARIABLES, quote: "{ text, attribution } of the quoted saying" },
  "partials/closing.hbs": SLIDE_VARIABLES,
  "partials/cards.hbs": {
    ...LAYOUT_VARIABLES,
    cards: "list of { marker, badge, heading, detail }: the points below, detail empty when there is no room",
  },
  "partials/figures.hbs": {
    ...LAYOUT_VARIABLES,
    figures: "list of { figure, label }: a quantity and the words it measures, verbatim",
  },
  "partials/timeline.hbs": {
    ...LAYOUT_VARIABLES,
    timeline:
      "{ lead, entries }: lines before the first date, then { date, dateParts, lines } in order (dateParts: the date split after its dash)",
  },
  "partials/statement.hbs": { ...LAYOUT_VARIABLES, statement: "the one sentence the slide shows" },
  "partials/columns.hbs": LAYOUT_VARIABLES,
} as const;

interface Templates {
  deck: Render;
  slide: Render;
  header: Render;
  kinds: Record<SlideKind, Render>;
  layouts: Record<LayoutPartial, Render>;
}

async function loadTemplates(dir: string | undefined): Promise<Templates> {
  const load = (name: string) => loadTemplate(name, dir);
  const loadAll = async <K extends string>(names: readonly K[]) =>
    Object.fromEntries(
      await Promise.all(names.map(async (name) => [name, await load(`partials/${name}.hbs`)] as const)),
    ) as Record<K, Render>;
  const [deck, slide, header, kinds, layouts] = await Promise.all([
    load("layouts/deck.hbs"),
    load("partials/slide.hbs"),
    load("partials/header.hbs"),
    loadAll(KINDS),
    loadAll(LAYOUT_PARTIALS),
  ]);
  return { deck, slide, header, kinds, layouts };
}

/** base.css and the theme's file, as one style sheet (the user's copies first). */
export async function loadTheme(theme: string, dir: string | undefined): Promise<string> {
  if (!/^[\w-]+$/.test(theme)) throw new PodiumError(`unknown theme "${theme}"`, ExitCode.usage);
  const base = await readTemplateFile("themes/base.css", dir);
  const chosen = await readTemplateFile(`themes/${theme}.css`, dir).catch((error: unknown) => {
    throw new PodiumError(`unknown theme "${theme}": ${(error as Error).message}`, ExitCode.usage, {
      cause: error,
    });
  });
  return `${base.source}\n${chosen.source}`;
}

/**
 * Renders a slide plan into one HTML page with reveal.js. The deck fetches nothing: reveal.js comes
 * from the installed package (as files to copy beside the page, or inlined with `singleFile`).
 */
export async function renderDeck(plan: SlidePlan, options: RenderOptions): Promise<RenderedDeck> {
  const [templates, themeCss, reveal] = await Promise.all([
    loadTemplates(options.templatesDir),
    loadTheme(options.theme, options.templatesDir),
    options.singleFile ? inlineRevealTags() : Promise.resolve(linkedRevealTags()),
  ]);
  const { width, height } = CANVAS[options.aspect];
  const labels = labelsFor(plan.script);
  const total = plan.slides.length;
  const sections = plan.slides.filter((s) => s.kind === "section");
  // A progress line of a few sections; beyond that it would be noise (and grow with slides × sections).
  const dots = (current: number) =>
    sections.length <= MAX_PROGRESS_DOTS ? sections.map((_, i) => ({ current: i === current })) : [];

  const slides: RenderedSlide[] = plan.slides.map((planned, index) => {
    const slide = displaySlide(planned, plan.script);
    const context = {
      ...slide,
      heading: withoutMarker(slide),
      badge: badgeOf(slide.marker),
      ...(slide.agenda
        ? { agenda: slide.agenda.map((item) => ({ ...item, badge: badgeOf(item.marker) })) }
        : {}),
      subtitle: slide.subtitle ?? "",
      minutes: slide.notes.length > 0 ? labels.minutes(Math.max(1, Math.round(slide.seconds / 60))) : "",
      ...(slide.cards
        ? { cards: slide.cards.map((card) => ({ ...card, badge: badgeOf(card.marker) })) }
        : {}),
      ...(slide.timeline
        ? {
            timeline: {
              ...slide.timeline,
              // A period breaks after its dash, never inside a date (`1927年8月—` / `1937年7月`).
              entries: slide.timeline.entries.map((e) => ({
                ...e,
                dateParts: e.date.split(/(?<=[—–－-])/u),
              })),
            },
          }
        : {}),
      statement: slide.bullets[0] ?? "",
      sectionNumber: slide.section + 1,
      sectionCount: sections.length,
      sectionTitle: sections[slide.section]?.title ?? "",
      sectionDots: dots(slide.section),
      footer: (slide.kind === "point" || slide.kind === "quote") && sections[slide.section] !== undefined,
      emphasis: options.emphasis !== false,
      number: index + 1,
      total,
      info: plan.info,
      lang: plan.script,
    };
    const layout = slide.kind === "point" ? slide.layout?.name : undefined;
    const partial =
      layout !== undefined && isLayoutPartial(layout)
        ? templates.layouts[layout]
        : templates.kinds[slide.kind];
    const header = slide.kind === "point" ? templates.header(context) : "";
    const body = partial({ ...context, header });
    const html = templates.slide({ ...context, body });
    return {
      kind: slide.kind,
      marker: slide.marker,
      title: slide.title,
      continued: slide.continued,
      html,
      notes: planned.notes,
    };
  });

  const config: RevealConfig = {
    width,
    height,
    // The themes' padding is the margin; a coloured slide then fills the screen.
    margin: 0,
    center: false,
    hash: true,
    slideNumber: "c/t",
    showSlideNumber: "all",
    transition: "slide",
    transitionSpeed: "fast",
    // reveal.js opens links in an iframe preview otherwise; a deck never loads anything.
    previewLinks: false,
  };
  const html = templates.deck({
    lang: plan.script,
    info: plan.info,
    footer: plan.info.title,
    theme: options.theme,
    aspectClass: options.aspect === "4:3" ? "4x3" : "16x9",
    width,
    height,
    slides: slides.map((s) => s.html),
    revealStyles: reveal.styles,
    revealScripts: reveal.scripts,
    themeCss: safeInlineCss(themeCss),
    bootScript: bootScript(config),
  });

  return {
    html,
    assets: options.singleFile ? [] : revealAssets(),
    slides,
    plan,
    lang: plan.script,
    theme: options.theme,
    aspect: options.aspect,
    width,
    height,
    themeCss,
  };
}
