#!/usr/bin/env bash
# Rebuilds the PNG icons in public/ from public/icon.svg with Debian's rsvg-convert
# (apt-get install librsvg2-bin). Run after changing the SVG; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/../../public"
for size in 32 180 192 512; do rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"; done
mv icon-32.png favicon-32.png
mv icon-180.png apple-touch-icon.png
# Maskable: launchers crop to a circle, so the drawing shrinks into the central safe zone on a full bleed.
maskable=$(mktemp --suffix=.svg)
trap 'rm -f "$maskable"' EXIT
inner=$(sed -e '1d' -e '$d' -e 's/ rx="96"//' icon.svg)
cat >"$maskable" <<SVG
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="#b9d3e1"/>
  <g transform="translate(64 64) scale(0.75)">$inner</g>
</svg>
SVG
rsvg-convert -w 512 -h 512 "$maskable" -o icon-maskable-512.png
