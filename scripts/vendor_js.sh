#!/usr/bin/env bash
# Re-fetch the explorer's JavaScript from the npm registry: pinned versions, checked by sha256.
# The files are committed in graphx/data/vendor/ (the build needs no network); run this only to
# verify them or to move to a new version (then update the versions and sums below).
set -euo pipefail
dest="$(cd "$(dirname "$0")/.." && pwd)/graphx/data/vendor"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack -q sigma@3.0.3 graphology@0.26.0 >/dev/null
tar xzf sigma-3.0.3.tgz && cp package/dist/sigma.min.js "$dest/" && rm -rf package
tar xzf graphology-0.26.0.tgz && cp package/dist/graphology.umd.min.js "$dest/" && rm -rf package
cd "$dest"
sha256sum -c <<'SUMS'
58e30383ab428f832068d9d16a5215c65ba12430d438ed091c5703f398de9e16  sigma.min.js
dc337efa23903f61e064c8e7e7f93a429e6855dccfc2458802b4ed30c621c087  graphology.umd.min.js
SUMS
