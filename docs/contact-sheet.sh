#!/usr/bin/env bash
# Rebuilds docs/contact-sheet.png: the first screen of every page template at 390×844 (phone) and 1280×800 (desk),
# light and dark, one row a template. Needs `npm ci` (pagefind, and puppeteer-core, which lighthouse brings),
# Chromium (/usr/bin/chromium, or CHROMIUM_PATH), python3 and ImageMagick's montage.
# Usage: docs/contact-sheet.sh [SHOTS_FOLDER]   (full-page shots are kept there for a closer look)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shots="${1:-$(mktemp -d)}"
site="$(mktemp -d)"
mkdir -p "$shots"
dotnet run --project "$root/src/HamstringBack.Cli" -- build --output "$site" >/dev/null
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill "$server"; rm -rf "$site"' EXIT
sleep 1
node "$root/docs/contact-sheet.mjs" "http://127.0.0.1:$port/" "$shots"
tiles=()
for name in home section exercise exercises page checklist search cards card-sheet card-log 404; do
  for size in phone desk; do
    for scheme in light dark; do
      tiles+=("$shots/$name-$size-$scheme.png")
    done
  done
done
montage "${tiles[@]}" -resize x240 -tile 4x -geometry +3+3 -background '#888888' "$shots/sheet.png"
convert "$shots/sheet.png" +dither -colors 32 -strip "PNG8:$root/docs/contact-sheet.png"
echo "docs/contact-sheet.png ($(du -k "$root/docs/contact-sheet.png" | cut -f1) KB); shots in $shots"
