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
 * fit.
 */
const FIT_SCRIPT = String.raw`
  var MIN_FIT = 0.45;
  // Boxes of a layout (tiles, cards, timeline columns) must hold their own text too.
  var BOXES = ".figure-tile, .card, .timeline-entry";
  function overflows(frame) {
    // Strict: a size is kept only when not one pixel of its content reaches past the frame.
    if (frame.scrollHeight > frame.clientHeight || frame.scrollWidth > frame.clientWidth) return true;
    var boxes = frame.querySelectorAll(BOXES);
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].scrollWidth > boxes[i].clientWidth + 1) return true;
    }
    return false;
  }
  function fitFrame(frame) {
    var set = function (fit) { frame.style.setProperty("--fit", String(fit)); };
    var computed = getComputedStyle(frame);
    var max = parseFloat(computed.getPropertyValue("--fit-max")) || 1;
    // Whole pixels of body text, so the screen and the print view settle on the same size.
    var base = parseFloat(computed.getPropertyValue("--body-size")) || 40;
    var fit = 1;
    set(1);
    if (!overflows(frame)) {
      // Grow: the largest body size that fits, between the floor (fits) and the ceiling. Text area
      // grows with the square of the size, so how far the ceiling overflows gives a close first guess.
      var low = Math.round(base), high = Math.floor(base * max);
      var tries = [];
      set(high / base);
      if (overflows(frame)) {
        var ratio = Math.min(frame.clientHeight / frame.scrollHeight, frame.clientWidth / frame.scrollWidth);
        var guess = Math.max(low, Math.min(high - 1, Math.floor(high * Math.sqrt(ratio))));
        high = high - 1;
        tries = [guess, guess + 1, guess - 1];
      } else {
        low = high;
      }
      while (low < high) {
        while (tries.length > 0 && !(tries[0] > low && tries[0] <= high)) tries.shift();
        var mid = tries.length > 0 ? tries.shift() : Math.ceil((low + high) / 2);
        set(mid / base);
        if (overflows(frame)) high = mid - 1; else low = mid;
      }
      fit = low / base;
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
  var SLIDES = ".reveal .slides section.podium-slide";
  function fitAll(selector) {
    var sections = document.querySelectorAll(selector || SLIDES);
    for (var i = 0; i < sections.length; i++) fitSlide(sections[i]);
  }
  // A long deck is fitted a batch at a time, so the page stays responsive while it loads.
  var BATCH = 20;
  function fitAllInBatches(done) {
    var sections = document.querySelectorAll(SLIDES);
    var next = 0;
    (function batch() {
      var end = Math.min(sections.length, next + BATCH);
      for (; next < end; next++) fitSlide(sections[next]);
      if (next < sections.length) setTimeout(batch, 0);
      else done();
    })();
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
      fitAllInBatches(function () {
        document.documentElement.setAttribute("data-podium-ready", "true");
      });
    };
    if (!printing) {
      // The slide on screen first; any other the speaker moves to before its batch comes.
      var current = Reveal.getCurrentSlide();
      if (current) fitSlide(current);
      Reveal.on("slidechanged", function (event) {
        if (!event.currentSlide.hasAttribute("data-fit")) fitSlide(event.currentSlide);
      });
    }
    Promise.all([fonts, laidOut]).then(done, done);
  });
})();`;
}
