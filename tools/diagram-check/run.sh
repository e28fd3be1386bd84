#!/usr/bin/env bash
# Installs the pinned mermaid + puppeteer-core (npm ci, only when needed), proves the checker on its fixtures, then
# renders and measures the Mermaid diagrams in every folder or file given, in the system's headless Chromium.
# Works from any directory; paths are the caller's. Options go to check.mjs (--report FILE, --readme FILE).
# Usage: bash tools/diagram-check/run.sh [--report FILE] [--readme FILE] DIR_OR_FILE...
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/setup.sh"

# 1. The passing fixture passes, and its self-loop label that mermaid drops is reported as missing text.
passing="$(cd "$here/fixtures" && node "$here/check.mjs" pass 2>&1)" || {
  printf '%s\n' "$passing" >&2
  echo "diagram-check: the passing fixture did not pass: the checker or its setup is broken" >&2
  exit 1
}
if ! grep -q '^NOTE pass/small.md:20: label text not in the picture: "first label on a loop"$' <<< "$passing"; then
  printf '%s\n' "$passing" >&2
  echo "diagram-check: the passing fixture's dropped label was not reported as missing text" >&2
  exit 1
fi

# 2. The failing fixture fails with exactly the diagrams listed in expected-failures.txt.
failing_status=0
failing="$(cd "$here/fixtures" && node "$here/check.mjs" fail 2>&1)" || failing_status=$?
expected="$(cat "$here/fixtures/fail/expected-failures.txt")"
reported="$(printf '%s\n' "$failing" | sed -n 's/^FAIL \([^ ]*\): .*/\1/p')"
if [[ "$failing_status" -ne 1 || "$reported" != "$expected" ]]; then
  printf '%s\n' "$failing" >&2
  echo "diagram-check: the failing fixture must fail (exit 1) reporting exactly these diagrams:" >&2
  printf '%s\n' "$expected" >&2
  echo "diagram-check: got exit $failing_status and: ${reported:-(none)}" >&2
  exit 1
fi
echo "diagram-check: fixtures checked (a passing one passes, the three failing diagrams fail)"

# 3. The caller's folders and files.
if [[ $# -gt 0 ]]; then
  node "$here/check.mjs" "$@"
fi
