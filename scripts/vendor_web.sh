#!/usr/bin/env bash
# Fetch the web UI's JavaScript/CSS and basemap from npm into src/rashomon/web/static/vendor/.
#
# Other people's code is never committed: this runs at set-up time (make setup), takes only
# the built files the pages load, and writes their names, versions and licences to
# vendor/LICENSES.txt. Idempotent: does nothing when the same versions are already there.
# The pages work without these files (they say what is missing): without node/npm this only
# warns; a failed download is an error, so CI never tests a half-vendored UI.
set -euo pipefail

cd "$(dirname "$0")/.."
VENDOR=src/rashomon/web/static/vendor
PACKAGES=(leaflet@1.9.4 cytoscape@3.34.4 vis-timeline@8.5.4 world-atlas@2.0.2 topojson-client@3.1.0)
STAMP="$VENDOR/.versions"
LAYOUT=2  # bump when the files taken from the packages change
WANTED="${PACKAGES[*]} layout-$LAYOUT"

if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANTED" && -f "$VENDOR/LICENSES.txt" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "vendor_web: node/npm not found; the map, graph and timeline stay off (apt-get install nodejs npm)" >&2
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && npm pack --silent "${PACKAGES[@]}" >/dev/null); then
  echo "vendor_web: 'npm pack ${PACKAGES[*]}' failed: is the npm registry reachable?" >&2
  exit 1
fi
for tgz in "$work"/*.tgz; do
  name=$(basename "$tgz" .tgz)
  mkdir -p "$work/$name"
  tar xzf "$tgz" -C "$work/$name" --strip-components=1
done

tmp="$VENDOR.tmp"
rm -rf "$tmp"
mkdir -p "$tmp/leaflet/images" "$tmp/cytoscape" "$tmp/vis-timeline" "$tmp/world-atlas"
src="$work/leaflet-1.9.4/dist"
cp "$src/leaflet.js" "$src/leaflet.css" "$tmp/leaflet/"
cp "$src"/images/*.png "$tmp/leaflet/images/"
cp "$work/cytoscape-3.34.4/dist/cytoscape.min.js" "$tmp/cytoscape/"
# The dist build bundles vis-data and moment, and unlike the standalone one it does not
# inject <style> elements (the CSP blocks those): its CSS comes as a file.
cp "$work/vis-timeline-8.5.4/dist/vis-timeline-graph2d.min.js" "$tmp/vis-timeline/"
cp "$work/vis-timeline-8.5.4/dist/vis-timeline-graph2d.min.css" "$tmp/vis-timeline/"
# Natural Earth 1:110m country shapes, TopoJSON -> GeoJSON once here, not in every browser.
node -e '
const fs = require("fs");
const topojson = require(process.argv[1]);
const topo = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const geo = topojson.feature(topo, topo.objects.countries);
// 3 decimals (about 100 m) is finer than a 1:110m map can show, and halves the file.
fs.writeFileSync(process.argv[3], JSON.stringify(geo, (k, v) => typeof v === "number" ? Math.round(v * 1000) / 1000 : v));
' "$work/topojson-client-3.1.0/dist/topojson-client.js" \
  "$work/world-atlas-2.0.2/countries-110m.json" "$tmp/world-atlas/countries-110m.geojson"

{
  echo "Third-party files under this folder, fetched from npm by scripts/vendor_web.sh."
  echo "They are not part of the Rashomon repository."
  for pkg in "${PACKAGES[@]}"; do
    dir="$work/${pkg/@/-}"
    licence=$(node -p "require('$dir/package.json').license" 2>/dev/null || echo "?")
    echo
    echo "================================================================================"
    echo "$pkg (licence: $licence)"
    case "$pkg" in
      vis-timeline@*) echo "(its dist build bundles vis-data, same licence, and moment, MIT)" ;;
      world-atlas@*) echo "(Natural Earth country shapes; Natural Earth data is in the public domain)" ;;
    esac
    echo "================================================================================"
    for f in "$dir"/LICENSE*; do
      if [[ -f "$f" ]]; then cat "$f"; fi
    done
  done
} >"$tmp/LICENSES.txt"
echo "$WANTED" >"$tmp/.versions"

rm -rf "$VENDOR"
mv "$tmp" "$VENDOR"
echo "vendor_web: ${PACKAGES[*]} -> $VENDOR"
