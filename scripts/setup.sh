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
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
  || command -v google-chrome >/dev/null 2>&1 || [ -n "${PODIUM_BROWSER:-}" ] || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
# The tests (`setup.sh --tests`) open the .pptx in a real office suite; podium itself never needs it.
if [ "${1:-}" = "--tests" ]; then
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress)
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
