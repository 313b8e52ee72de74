#!/usr/bin/env bash
# Generates the HTML pages (explain --html, lawbook --html, stats --html) and checks them in headless Chromium:
# each page loads without script or console errors and without external resources, a <details> tree expands, and
# a screenshot of each page is written. Fails (exit 1) when Chromium is missing: this check is never skipped.
# Usage: bash tests/html/check-pages.sh [output dir]   (run from anywhere; CI calls it from .ci/run)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-${TMPDIR:-/tmp}/bleiberecht-pages}"
mkdir -p "$out"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "check-pages: chromium is not installed (apt-get install chromium)" >&2
  exit 1
fi

cli=(dotnet run --project src/Bleiberecht.Rules.Cli --)
"${cli[@]}" explain samples/13-unknown-facts-pending.json samples/11-family-spouse-conviction.json --lang en --html "$out/explain.html"
"${cli[@]}" lawbook --html "$out/lawbook.html" --lang en
"${cli[@]}" stats --html "$out/stats.html" > /dev/null

# The study's text is found beside the repository (../shared) in CI; then the pages must carry cited lines.
if [ -f ../shared/source/expertise-2008.txt ] || [ -n "${BLEIBERECHT_STUDY:-}" ]; then
  grep -q 'class="lines"' "$out/lawbook.html" || { echo "check-pages: law book has no study lines" >&2; exit 1; }
  grep -q 'title="804: ' "$out/lawbook.html" || { echo "check-pages: law book has no hover text for L804-807" >&2; exit 1; }
fi

run_browser() {
  # --no-sandbox: CI runs as root; --virtual-time-budget lets the page settle before the DOM is dumped.
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --virtual-time-budget=5000 --window-size=1280,1600 "$@" 2>/dev/null
}

failed=0
for page in explain lawbook stats; do
  probe="$out/$page.probe.html"
  sed -e '/^<head>$/r tests/html/probe.html' "$out/$page.html" > "$probe"
  hash=""
  if [ "$page" != stats ]; then hash="#details"; fi
  dom="$(run_browser --dump-dom "file://$probe$hash" || true)"
  verdict="$(printf '%s' "$dom" | grep -o '<div id="probe-result">[^<]*</div>' || echo 'no probe result (page did not load)')"
  run_browser --screenshot="$out/$page.png" "file://$out/$page.html" > /dev/null || true
  if [ -s "$out/$page.png" ] && printf '%s' "$verdict" | grep -q '>OK'; then
    echo "check-pages: $page.html ok ($verdict); screenshot $out/$page.png"
  else
    echo "check-pages: $page.html FAILED: $verdict" >&2
    failed=1
  fi
done
exit "$failed"
