#!/usr/bin/env bash
# Draws page 1 of the HTML report of the shipped Medan plan as docs/report-page-1.png (the README's picture):
# a copy of workspaces/medan.json gets examples/medan-report.swot, headless Chromium prints the page to PDF on A4,
# and pdftoppm turns page 1 into a PNG. SOURCE_DATE_EPOCH fixes the report's date so the picture is reproducible.
set -euo pipefail
swot="$(realpath "$1")"
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/workspaces" docs
cp workspaces/medan.json "$work/workspaces/"
(cd "$work" && export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1763856000}" && "$swot" --bail "$root/examples/medan-report.swot" >/dev/null \
  && "$swot" -c "open medan" -c "export html report.html" >/dev/null)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" --no-pdf-header-footer \
  --print-to-pdf="$work/report.pdf" "file://$work/report.html" 2>/dev/null
pdftoppm -f 1 -l 1 -r 70 -png -singlefile "$work/report.pdf" docs/report-page-1
echo "Wrote docs/report-page-1.png."
