#!/usr/bin/env bash
# Copies Decap CMS's browser bundle (the editor at /admin/) into theme/admin/decap-cms/. Only its dist/ files are
# served, so the package is fetched as a bare tarball (`npm pack`), without the ~500 packages it depends on: they
# are bundled into dist/ already, and `npm ci` stays small.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=3.16.3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "decap-cms@$VERSION" >/dev/null && tar -xzf "decap-cms-$VERSION.tgz")
rm -rf theme/admin/decap-cms
mkdir -p theme/admin/decap-cms
cp "$tmp"/package/dist/*decap-cms.js "$tmp"/package/dist/*.wasm "$tmp"/package/dist/decap-cms.js.LICENSE.txt theme/admin/decap-cms/
