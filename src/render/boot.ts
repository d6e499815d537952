/**
 * The deck's own script: starts reveal.js with podium's settings and sets each slide's text as large
 * as fits (measured in the browser, since fonts differ from machine to machine). Plain ES5-style code: it runs as is in any browser that runs reveal.js 5.
 */

export interface RevealConfig {
  width: number;
  height: number;
  [key: string]: unknown;
}

/**
 * The fit: per slide, the largest scale (`--fit`, body text 40 px × fit) at which nothing overflows,
 * between 1 and the theme's `--fit-max` (1.8: 72 px body text); below 1 only when even 40 px does not
 * fit. Exported so handouts fit their slide drawings the same way.
 */
export const FIT_SCRIPT = String.raw`
  var MIN_FIT = 0.45;
  var STEPS = 7;
  function overflows(frame) {
    return frame.scrollHeight > frame.clientHeight + 1 || frame.scrollWidth > frame.clientWidth + 1;
  }
  function fitFrame(frame) {
    var set = function (fit) { frame.style.setProperty("--fit", String(fit)); };
    var max = parseFloat(getComputedStyle(frame).getPropertyValue("--fit-max")) || 1;
    var fit = 1;
    set(1);
    if (!overflows(frame)) {
      // Grow: binary search between 1 (fits) and the ceiling.
      var low = 1, high = max;
      set(high);
      if (!overflows(frame)) low = high;
      for (var i = 0; i < STEPS && low < high; i++) {
        var mid = (low + high) / 2;
        set(mid);
        if (overflows(frame)) high = mid; else low = mid;
      }
      fit = low;
    } else {
      while (overflows(frame) && fit > MIN_FIT) {
        fit = Math.max(MIN_FIT, fit * 0.93);
        set(fit);
      }
    }
    set(fit);
    return fit;
  }
  function fitSlide(section) {
    var frame = section.querySelector(".slide-frame");
    if (!frame) return;
    // Slides away from the current one are display:none; show them unseen to measure.
    var style = section.style;
    var display = style.display, visibility = style.visibility;
    style.display = "block";
    style.visibility = "hidden";
    var fit = fitFrame(frame);
    section.setAttribute("data-fit", fit.toFixed(3));
    style.display = display;
    style.visibility = visibility;
  }
  function fitAll(selector) {
    var sections = document.querySelectorAll(selector || ".reveal .slides section.podium-slide");
    for (var i = 0; i < sections.length; i++) fitSlide(sections[i]);
  }
`;

/** The inline script that ends the page; `config` is podium's own data, escaped for `<script>`. */
export function bootScript(config: RevealConfig): string {
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  return `(function () {
${FIT_SCRIPT}
  var config = ${json};
  config.plugins = window.RevealNotes ? [window.RevealNotes] : [];
  // In the print view (?print-pdf) slides get their size only once reveal.js has laid out the
  // pages ("pdf-ready"); measuring before that would shrink every slide.
  var printing = /print-pdf/.test(window.location.search);
  var laidOut = new Promise(function (resolve) {
    if (!printing) return resolve();
    Reveal.on("pdf-ready", function () { resolve(); });
  });
  Reveal.initialize(config).then(function () {
    // Local fonts can finish loading after reveal.js is ready; measure with them.
    var fonts = (document.fonts && document.fonts.ready) || Promise.resolve();
    var done = function () {
      fitAll();
      document.documentElement.setAttribute("data-podium-ready", "true");
    };
    if (!printing) fitAll();
    Promise.all([fonts, laidOut]).then(done, done);
  });
})();`;
}
