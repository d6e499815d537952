import { EVENTS_PATH } from "./routes.js";

/**
 * The live-reload client, injected into the served page only (never into built decks). It reloads
 * the page when the server says the deck changed; reveal.js keeps the slide in the URL hash
 * (`hash: true`), so the reload lands on the same slide. A failed rebuild shows a banner instead.
 */
function clientScript(version: number): string {
  return `<script data-podium-live-reload>
(function () {
  if (!window.EventSource) return;
  var version = ${version};
  var source = new EventSource(${JSON.stringify(EVENTS_PATH)});
  function reload() { source.close(); window.location.reload(); }
  // The server greets with the current version: a rebuild made before this tab connected still reloads it.
  source.addEventListener("hello", function (e) { if (Number(e.data) !== version) reload(); });
  source.addEventListener("reload", reload);
  source.addEventListener("recovered", function () {
    var banner = document.getElementById("podium-build-error");
    if (banner) banner.remove();
  });
  source.addEventListener("failed", function (e) {
    var banner = document.getElementById("podium-build-error") || document.createElement("pre");
    banner.id = "podium-build-error";
    banner.textContent = "podium: the last save did not build; showing the previous deck.\\n" + JSON.parse(e.data);
    banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:9999;margin:0;padding:12px 16px;" +
      "background:#7f1d1d;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;";
    document.body.appendChild(banner);
  });
})();
</script>
`;
}

/** The deck's page with the client added before `</body>` (or at the end when a template has none). */
export function injectClient(html: string, version: number): string {
  const script = clientScript(version);
  const at = html.toLowerCase().lastIndexOf("</body>");
  return at === -1 ? html + script : html.slice(0, at) + script + html.slice(at);
}
