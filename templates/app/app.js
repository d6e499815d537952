// podium app: the page. Plain script, no dependencies, nothing fetched from outside this server.
// Every text from the speech or the server is written with textContent, never as HTML.
(function () {
  "use strict";
  var boot = JSON.parse(document.getElementById("podium-boot").textContent);
  var S = boot.strings;
  var state = null;
  var selected = 0;
  var shownRevision = -1;
  var shownSlide = -1;
  var busy = 0;

  function $(id) {
    return document.getElementById(id);
  }
  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === "text") node.textContent = props[key];
      else if (key === "className") node.className = props[key];
      else node.setAttribute(key, props[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(child);
    });
    return node;
  }

  function applyStrings() {
    document.documentElement.lang = boot.lang;
    document.querySelectorAll("[data-text]").forEach(function (node) {
      node.textContent = S[node.getAttribute("data-text")] || "";
    });
    document.querySelectorAll("[data-label]").forEach(function (node) {
      node.setAttribute("aria-label", S[node.getAttribute("data-label")] || "");
    });
  }

  function showError(message) {
    var box = $("error");
    box.textContent = message || "";
    box.hidden = !message;
  }
  function setBusy(delta) {
    busy += delta;
    document.body.setAttribute("aria-busy", busy > 0 ? "true" : "false");
    $("status").textContent = busy > 0 ? S.busy : "";
  }

  function request(path, options) {
    setBusy(1);
    return fetch(path, options)
      .then(function (response) {
        return response.json().then(
          function (body) {
            if (!response.ok) throw new Error(body.error || String(response.status));
            return body;
          },
          function () {
            throw new Error(String(response.status));
          },
        );
      })
      .finally(function () {
        setBusy(-1);
      });
  }
  function post(path, body) {
    return request(path, {
      method: "POST",
      headers: { "content-type": "application/json", "x-podium-token": boot.csrf },
      body: JSON.stringify(body),
    });
  }
  function update(promise) {
    return promise.then(
      function (next) {
        showError("");
        render(next);
      },
      function (error) {
        showError(error.message);
      },
    );
  }

  // Bringing a speech: a file dropped or chosen, or pasted text.
  function upload(name, blob) {
    return update(
      request("/api/speech", {
        method: "POST",
        headers: {
          "content-type": "application/octet-stream",
          "x-podium-token": boot.csrf,
          "x-podium-name": encodeURIComponent(name),
        },
        body: blob,
      }).then(function (next) {
        selected = 0;
        return next;
      }),
    );
  }
  $("file").addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (file) upload(file.name, file);
    event.target.value = "";
  });
  var drop = $("drop");
  ["dragenter", "dragover"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      event.preventDefault();
      drop.classList.add("over");
    });
  });
  document.addEventListener("dragleave", function () {
    drop.classList.remove("over");
  });
  document.addEventListener("drop", function (event) {
    event.preventDefault();
    drop.classList.remove("over");
    var file = event.dataTransfer && event.dataTransfer.files[0];
    if (file) upload(file.name, file);
  });
  $("paste-button").addEventListener("click", function () {
    var text = $("paste-text").value;
    if (text.trim() !== "") upload(S.pastedName, new Blob([text], { type: "text/plain;charset=utf-8" }));
  });

  // The outline.
  function points() {
    return state && state.speech ? state.speech.outline.points : [];
  }
  function edit(body) {
    var focused = $("tree").contains(document.activeElement);
    return update(post("/api/edit", body)).then(function () {
      if (focused) focusSelected();
    });
  }
  function setLevel(index, level) {
    var list = points();
    var point = list[index];
    if (!point || level < 1) return;
    // A point goes at most one level below the point before it.
    var before = list[index - 1];
    if (level > point.level && (!before || level > before.level + 1)) return;
    edit({ action: "level", point: index, level: level });
  }
  function select(index) {
    var list = points();
    if (list.length === 0) return;
    selected = Math.max(0, Math.min(list.length - 1, index));
    renderSelection();
    focusSelected();
  }
  function focusSelected() {
    var item = $("tree").querySelector('[data-index="' + selected + '"]');
    if (item) item.focus();
  }
  $("tree").addEventListener("keydown", function (event) {
    var point = points()[selected];
    if (!point) return;
    var key = event.key;
    if (key === "ArrowDown") select(selected + 1);
    else if (key === "ArrowUp") select(selected - 1);
    else if (key === "Home") select(0);
    else if (key === "End") select(points().length - 1);
    else if (key === "Tab") setLevel(selected, event.shiftKey ? point.level - 1 : point.level + 1);
    else if (key === "Enter") $("heading-input").focus();
    // Tab belongs to the outline here; Escape is the way on to the controls below it.
    else if (key === "Escape") $("not-a-point").focus();
    else if (key === "m" || key === "M") {
      if (selected > 0) edit({ action: "merge", point: selected });
    } else if (key === "n" || key === "N") edit({ action: "notAPoint", point: selected });
    else return;
    event.preventDefault();
  });
  $("tree").addEventListener("click", function (event) {
    var item = event.target.closest("[data-index]");
    if (item) select(Number(item.getAttribute("data-index")));
  });
  $("demote").addEventListener("click", function () {
    var point = points()[selected];
    if (point) setLevel(selected, point.level + 1);
  });
  $("promote").addEventListener("click", function () {
    var point = points()[selected];
    if (point) setLevel(selected, point.level - 1);
  });
  $("merge").addEventListener("click", function () {
    if (selected > 0) edit({ action: "merge", point: selected });
  });
  $("not-a-point").addEventListener("click", function () {
    edit({ action: "notAPoint", point: selected });
  });
  $("heading-form").addEventListener("submit", function (event) {
    event.preventDefault();
    edit({ action: "heading", point: selected, heading: $("heading-input").value }).then(focusSelected);
  });
  $("layout-select").addEventListener("change", function (event) {
    var value = event.target.value;
    edit({ action: "layout", point: selected, layout: value === "" ? null : value });
  });
  $("reset").addEventListener("click", function () {
    edit({ action: "reset" });
  });

  // The deck's settings.
  [
    ["theme", "theme"],
    ["aspect", "aspect"],
    ["handout-layout", "handoutLayout"],
  ].forEach(function (pair) {
    $(pair[0]).addEventListener("change", function (event) {
      var body = {};
      body[pair[1]] = event.target.value;
      update(post("/api/choose", body));
    });
  });

  function fillSelect(select, values, current, labels) {
    select.textContent = "";
    values.forEach(function (value, i) {
      var option = el("option", { value: value, text: labels ? labels[i] : value });
      if (value === current) option.selected = true;
      select.appendChild(option);
    });
  }

  function minutes(seconds) {
    return Math.max(1, Math.round(seconds / 60));
  }

  function render(next) {
    state = next;
    var speech = state.speech;
    $("file").setAttribute("accept", state.accept);
    $("panes").hidden = !speech;
    if (!speech) {
      $("speech-name").textContent = S.noSpeech;
      return;
    }
    $("speech-name").textContent = S.opened + ": " + speech.name;
    var outline = speech.outline;
    $("counts").textContent = "(" + outline.points.length + " " + S.points + ")";
    $("timing").textContent =
      "(" + outline.slides + " " + S.slides + " · " + minutes(outline.seconds) + " " + S.minutes + ")";
    var general = $("general-warnings");
    general.textContent = "";
    outline.warnings.forEach(function (text) {
      general.appendChild(el("li", { text: text }));
    });
    renderParagraphs($("opening-paragraphs"), outline.opening.paragraphs, function (i) {
      return { action: "splitOpening", paragraph: i };
    });
    $("opening").hidden = outline.opening.paragraphs.length === 0;
    var tree = $("tree");
    tree.textContent = "";
    if (selected >= outline.points.length) selected = Math.max(0, outline.points.length - 1);
    outline.points.forEach(function (point) {
      var children = [];
      if (point.marker) children.push(el("span", { className: "marker", text: point.marker }));
      children.push(el("span", { className: "heading", text: point.heading }));
      if (point.slideHeading)
        children.push(el("span", { className: "shown", text: "→ " + point.slideHeading }));
      if (point.layout) children.push(el("span", { className: "shown", text: "[" + point.layout + "]" }));
      point.warnings.forEach(function (text) {
        children.push(el("span", { className: "badge", text: "⚠ " + text }));
      });
      var item = el(
        "li",
        {
          role: "treeitem",
          "aria-level": String(point.level),
          "aria-posinset": String(point.index + 1),
          "aria-setsize": String(outline.points.length),
          "data-index": String(point.index),
          "data-level": String(point.level),
          tabindex: "-1",
        },
        children,
      );
      item.style.paddingLeft = 8 + (point.level - 1) * 20 + "px";
      tree.appendChild(item);
    });
    fillSelect($("theme"), state.options.themes, speech.choices.theme);
    fillSelect($("aspect"), state.options.aspects, speech.choices.aspect);
    fillSelect($("handout-layout"), state.options.handoutLayouts, speech.choices.handoutLayout);
    $("deck").parentNode.className = "frame aspect-" + speech.choices.aspect.replace(":", "x");
    renderCorrections(speech);
    renderDownloads();
    renderSelection();
  }

  function renderCorrections(speech) {
    var list = $("corrections");
    list.textContent = "";
    var names = {
      level: S.correctionLevel,
      heading: S.correctionHeading,
      layout: S.correctionLayout,
      merge: S.correctionMerge,
      notAPoint: S.correctionNotAPoint,
      split: S.correctionSplit,
    };
    speech.corrections.forEach(function (c) {
      var undo = el("button", { type: "button", text: S.undo, "aria-label": S.undo + ": " + c.point });
      undo.addEventListener("click", function () {
        edit({ action: "remove", correction: c.index });
      });
      var text = c.point + " — " + names[c.kind] + (c.value !== undefined ? " " + c.value : "");
      list.appendChild(el("li", {}, [el("span", { text: text }), undo]));
    });
    $("reset").hidden = speech.corrections.length === 0;
    $("corrections-section").querySelector("h3").hidden = speech.corrections.length === 0;
    $("sidecar").textContent = speech.byPath
      ? S.correctionsSaved + " " + speech.sidecar
      : speech.corrections.length > 0
        ? S.correctionsInSession
        : "";
  }

  function renderSelection() {
    var list = points();
    var point = list[selected];
    $("tree")
      .querySelectorAll("[role=treeitem]")
      .forEach(function (item) {
        var on = Number(item.getAttribute("data-index")) === selected;
        item.setAttribute("aria-selected", on ? "true" : "false");
        item.setAttribute("tabindex", on ? "0" : "-1");
      });
    if (!point) return;
    $("heading-input").value = point.slideHeading || point.heading;
    var labels = [S.layoutAuto].concat(state.options.layouts);
    fillSelect($("layout-select"), [""].concat(state.options.layouts), point.layout || "", labels);
    $("merge").disabled = selected === 0;
    $("promote").disabled = point.level <= 1;
    var before = list[selected - 1];
    $("demote").disabled = !before || point.level > before.level;
    renderParagraphs($("paragraphs"), point.paragraphs, function (i) {
      return { action: "split", point: selected, paragraph: i };
    });
    showDeck(state.speech.revision, point.slide);
  }

  /** Paragraphs, each with a button that makes it a point of its own. */
  function renderParagraphs(list, paragraphs, editFor) {
    list.textContent = "";
    paragraphs.forEach(function (text, i) {
      var split = el("button", { type: "button", text: S.split });
      split.addEventListener("click", function () {
        edit(editFor(i));
      });
      list.appendChild(el("li", {}, [el("span", { text: text }), split]));
    });
  }

  // The deck: the real reveal.js deck in a frame; a new build reloads it on the selected point's
  // slide, a new selection moves it there through reveal.js's postMessage API.
  function showDeck(revision, slide) {
    var frame = $("deck");
    if (revision !== shownRevision) {
      shownRevision = revision;
      shownSlide = slide;
      frame.src = "/deck/" + revision + "/#/" + slide;
      frame.setAttribute("data-revision", String(revision));
    } else if (slide !== shownSlide && frame.contentWindow) {
      shownSlide = slide;
      frame.contentWindow.postMessage(JSON.stringify({ method: "slide", args: [slide] }), location.origin);
    }
    frame.setAttribute("data-slide", String(slide));
  }

  // Downloads: each a button; PDFs wait their turn for the printer and say so.
  var DOWNLOADS = [
    ["pdf", "downloadPdf"],
    ["handout", "downloadHandout"],
    ["readingCopy", "downloadReadingCopy"],
    ["html", "downloadHtml"],
    ["pptx", "downloadPptx"],
    ["corrections", "downloadCorrections"],
  ];
  function renderDownloads() {
    var list = $("downloads");
    if (list.childElementCount > 0) return;
    DOWNLOADS.forEach(function (pair) {
      var button = el("button", { type: "button", "data-download": pair[0], text: S[pair[1]] });
      var progress = el("span", { className: "progress", role: "status", "data-progress": pair[0] });
      button.addEventListener("click", function () {
        download(pair[0], button, progress);
      });
      list.appendChild(el("li", {}, [button, progress]));
    });
  }
  function download(kind, button, progress) {
    button.disabled = true;
    progress.textContent = S.queued;
    progress.removeAttribute("data-state");
    post("/api/download", { kind: kind }).then(
      function (started) {
        var events = new EventSource("/api/jobs/" + started.job + "/events");
        events.addEventListener("state", function (event) {
          var job = JSON.parse(event.data);
          progress.setAttribute("data-state", job.state);
          if (job.state === "queued")
            progress.textContent = S.queued + (job.ahead > 0 ? " (" + job.ahead + ")" : "");
          else if (job.state === "printing") progress.textContent = S.printing;
          else {
            events.close();
            button.disabled = false;
            if (job.state === "done") {
              progress.textContent = S.ready;
              var link = el("a", { href: "/api/jobs/" + started.job + "/file", download: "" });
              document.body.appendChild(link);
              link.click();
              link.remove();
            } else {
              progress.textContent = S.failed + ": " + job.error;
              showError(job.error);
            }
          }
        });
        events.onerror = function () {
          if (events.readyState === EventSource.CLOSED) button.disabled = false;
        };
      },
      function (error) {
        button.disabled = false;
        progress.textContent = S.failed;
        showError(error.message);
      },
    );
  }

  function start() {
    applyStrings();
    update(request("/api/state")).then(function () {
      document.documentElement.setAttribute("data-podium-app-ready", "");
    });
  }
  if (boot.askBrowser && navigator.language) {
    fetch("/api/strings?tag=" + encodeURIComponent(navigator.language))
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        boot.lang = answer.lang;
        S = answer.strings;
      })
      .finally(start);
  } else start();
})();
