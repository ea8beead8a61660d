#!/usr/bin/env bash
# Redraws theme/static/og-image.png (the site's social preview picture, 1200×630) from its source og-image.svg.
# Social sites read PNG or JPEG reliably, not SVG, so the PNG is committed; the SVG is the file to edit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"${CHROMIUM_PATH:-chromium}" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
  --window-size=1200,630 --hide-scrollbars --screenshot="$root/theme/static/og-image.png" \
  "file://$root/theme/static/og-image.svg" 2>/dev/null
