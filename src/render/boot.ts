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
 * fit. Every new size costs the browser a fresh layout of the slide's text (its glyphs at that size),
 * so the search predicts the answer from how far a trial overflows rather than halving blindly.
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
  // A trial that overflows predicts the size that fits: text area grows with the square of the
  // size, so size x sqrt(room / extent). Lines that do not wrap grow less, so this can fall short;
  // the search then steps up from it.
  function predict(size, ratio) {
    return Math.floor(size * Math.sqrt(ratio));
  }
  // One slide's search for its fit: the largest whole-pixel body size between the floor (40 px) and
  // the ceiling (--fit-max) at which nothing overflows. A state machine, so that many slides search
  // at once: each round sets every slide's next trial and then reads them all, one layout of the
  // page a round instead of one per trial (each forced layout costs something of its own).
  function FitSearch(section) {
    var frame = section.querySelector(".slide-frame");
    var computed = getComputedStyle(frame);
    var max = parseFloat(computed.getPropertyValue("--fit-max")) || 1;
    // Whole pixels of body text, so the screen and the print view settle on the same size.
    this.base = parseFloat(computed.getPropertyValue("--body-size")) || 40;
    this.low = Math.round(this.base);
    this.high = Math.floor(this.base * max);
    // The frame's padding does not grow with the text.
    this.padding = {
      height: parseFloat(computed.paddingTop) + parseFloat(computed.paddingBottom),
      width: parseFloat(computed.paddingLeft) + parseFloat(computed.paddingRight)
    };
    this.section = section;
    this.frame = frame;
    this.stage = "floor";
    this.fit = 1;
    this.size = 0;
    this.step = 1;
    // The fit to try next; null once the search is over.
    this.trial = 1;
  }
  // Room over extent of the last trial, without the padding.
  FitSearch.prototype.overflowRatio = function () {
    var frame = this.frame, padding = this.padding;
    return Math.min(
      (frame.clientHeight - padding.height) / (frame.scrollHeight - padding.height),
      (frame.clientWidth - padding.width) / (frame.scrollWidth - padding.width)
    );
  };
  // Tries size if it is still open, else the middle of what is; ends when nothing is.
  FitSearch.prototype.tryNext = function (size) {
    if (this.low >= this.high) {
      this.fit = this.low / this.base;
      this.trial = null;
      return;
    }
    if (!(size > this.low && size <= this.high)) size = Math.ceil((this.low + this.high) / 2);
    this.size = size;
    this.trial = size / this.base;
  };
  // Takes what the last trial measured, and picks the next trial.
  FitSearch.prototype.measured = function (overflowing) {
    if (this.stage === "floor") {
      if (!overflowing) {
        this.stage = "grow";
        this.tryNext(this.high);
        return;
      }
      this.stage = "shrink";
    }
    if (this.stage === "shrink") {
      if (overflowing && this.fit > MIN_FIT) {
        this.fit = Math.max(MIN_FIT, this.fit * 0.93);
        this.trial = this.fit;
      } else {
        this.trial = null;
      }
      return;
    }
    if (overflowing) {
      this.high = this.size - 1;
      this.step = 1;
      this.tryNext(predict(this.size, this.overflowRatio()));
    } else {
      // Past a prediction the answer is near: step up by 1, then 2, 4... while sizes keep fitting.
      this.low = this.size;
      this.tryNext(this.size + this.step);
      this.step *= 2;
    }
  };
  function setFit(frame, fit) {
    frame.style.setProperty("--fit", String(fit));
  }
  // Fits these slides together and marks each with data-fit.
  function fitSlides(sections) {
    var searches = [], restore = [], i;
    for (i = 0; i < sections.length; i++) {
      if (!sections[i].querySelector(".slide-frame")) continue;
      // Slides away from the current one are display:none; show them unseen to measure.
      var style = sections[i].style;
      restore.push({ display: style.display, visibility: style.visibility });
      style.display = "block";
      style.visibility = "hidden";
      searches.push(new FitSearch(sections[i]));
    }
    for (i = 0; i < searches.length; i++) setFit(searches[i].frame, 1);
    var active = searches;
    while (active.length > 0) {
      // All reads (the first lays the page out), then all writes.
      for (i = 0; i < active.length; i++) active[i].measured(overflows(active[i].frame));
      active = active.filter(function (search) { return search.trial !== null; });
      for (i = 0; i < active.length; i++) setFit(active[i].frame, active[i].trial);
    }
    for (i = 0; i < searches.length; i++) {
      var search = searches[i];
      setFit(search.frame, search.fit);
      search.section.setAttribute("data-fit", search.fit.toFixed(3));
      search.section.style.display = restore[i].display;
      search.section.style.visibility = restore[i].visibility;
    }
  }
  function fitSlide(section) {
    fitSlides([section]);
  }
  var SLIDES = ".reveal .slides section.podium-slide";
  // On screen a long deck is fitted a batch at a time, so the page stays responsive while it loads;
  // the print view waits for every slide anyway, and fewer rounds of layout are faster.
  function fitAllInBatches(batchSize, done) {
    var sections = Array.prototype.slice.call(document.querySelectorAll(SLIDES));
    var next = 0;
    (function batch() {
      var end = Math.min(sections.length, next + batchSize);
      fitSlides(sections.slice(next, end));
      next = end;
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
      fitAllInBatches(printing ? Infinity : 20, function () {
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
