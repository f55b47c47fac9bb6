#!/usr/bin/env bash
# Re-fetch the explorer's JavaScript (and the map's country outlines) from the npm registry:
# pinned versions, checked by sha256. The files are committed in graphx/explorer/assets/vendor/
# (the build needs no network); run this only to verify them or to move to a new version (then
# update the versions and sums below).
set -euo pipefail
dest="$(cd "$(dirname "$0")/.." && pwd)/graphx/explorer/assets/vendor"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$work"
take() {   # take PACKAGE@VERSION FILE-IN-PACKAGE...
  local tgz; tgz="$(npm pack -q "$1" | tail -1)"
  tar xzf "$tgz"; shift
  for f in "$@"; do cp "package/$f" "$dest/"; done
  rm -rf package "$tgz"
}
take sigma@3.0.3 dist/sigma.min.js
take graphology@0.26.0 dist/graphology.umd.min.js
take d3-array@3.2.4 dist/d3-array.min.js
take d3-geo@3.1.1 dist/d3-geo.min.js
take topojson-client@3.1.0 dist/topojson-client.min.js
take world-atlas@2.0.2 countries-110m.json
cd "$dest"
sha256sum -c <<'SUMS'
58e30383ab428f832068d9d16a5215c65ba12430d438ed091c5703f398de9e16  sigma.min.js
dc337efa23903f61e064c8e7e7f93a429e6855dccfc2458802b4ed30c621c087  graphology.umd.min.js
80aa70d0cd17dabddf6d056494ea17926a45a69da8b7850220aace331bad671d  d3-array.min.js
23e574f1e8d4716d622bce45356a379b66a277162b145f5f147e4c8daefb73d2  d3-geo.min.js
25cd02ae486cc5063e0215a4e4cfb15de83700c87ac48bac4d57dc6aaf3ebb89  topojson-client.min.js
2516c915867c7baf18ddec727aec46c315541a07cfb3d79a6559b05d5e94eee8  countries-110m.json
SUMS
