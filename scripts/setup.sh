#!/usr/bin/env bash
# Makes a fresh clone ready: npm packages (never a browser download), the compiled library, the CLI
# bundle, and — for PDF export — a Chromium and CJK fonts from the system's packages, and LibreOffice
# Impress for the tests of the .pptx. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "podium setup: installing npm packages"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
echo "podium setup: compiling"
npx tsc -p tsconfig.build.json
node scripts/bundle.mjs

need=()
# podium prints with Chromium's headless shell when it is installed (it starts faster than the full
# browser), otherwise with Chromium or Chrome. The tests want both, to compare their pages.
command -v chromium-headless-shell >/dev/null 2>&1 || command -v chromium >/dev/null 2>&1 \
  || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 \
  || [ -n "${PODIUM_BROWSER:-}" ] || need+=(chromium-headless-shell)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
# The tests (`setup.sh --tests`) open the .pptx in a real office suite, which podium itself never
# needs, and compare the pages of both Chromium builds (apt-get takes a package named twice once).
if [ "${1:-}" = "--tests" ]; then
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v chromium-headless-shell >/dev/null 2>&1 || need+=(chromium-headless-shell)
fi
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "podium setup: installing ${need[*]} with apt-get"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "podium setup: please install ${need[*]} (Chrome or Chromium, a CJK font such as Noto Sans CJK, poppler, LibreOffice Impress)" >&2
  fi
fi
