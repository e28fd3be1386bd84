#!/usr/bin/env bash
# Installs the pinned packages when needed, checks that the site ships the very mermaid.min.js of the npm pin, then
# opens every page of a site written by `radai site` from file:// in headless Chromium (see site.mjs).
# Usage: bash tools/diagram-check/site.sh [--screenshots DIR] SITE_DIR
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/setup.sh"

site="${!#}"
shipped="$site/assets/mermaid/mermaid.min.js"
pinned="$here/node_modules/mermaid/dist/mermaid.min.js"
if [[ -f "$shipped" ]] && ! cmp -s "$shipped" "$pinned"; then
  echo "site-check: $shipped is not the pinned npm mermaid's dist/mermaid.min.js ($(node -p "require('$here/node_modules/mermaid/package.json').version")):" >&2
  echo "  copy it into src/RadAi.Dsl/Rendering/Site/Assets/mermaid/ and raise SiteAssets.MermaidVersion with the pin" >&2
  exit 1
fi
# The checker proves itself first: the broken fixture fails with exactly the problems of expected-problems.txt.
broken_status=0
broken="$(cd "$here/fixtures" && node "$here/site.mjs" site-broken 2>&1)" || broken_status=$?
if [[ "$broken_status" -ne 1 || "$(grep '^    ' <<< "$broken")" != "$(cat "$here/fixtures/site-broken/expected-problems.txt")" ]]; then
  printf '%s\n' "$broken" >&2
  echo "site-check: the broken fixture must fail (exit 1) with exactly the problems of fixtures/site-broken/expected-problems.txt" >&2
  exit 1
fi
echo "site-check: the broken fixture failed as expected"

node "$here/site.mjs" "$@"
