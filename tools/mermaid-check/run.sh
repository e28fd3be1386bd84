#!/usr/bin/env bash
# Installs the pinned mermaid + jsdom (npm ci, only when needed), proves the checker on its fixtures, then checks the
# Mermaid diagrams in every folder or file given as argument. Works from any directory; paths are the caller's.
# Usage: bash tools/mermaid-check/run.sh [--allow-empty] [DIR_OR_FILE...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

seconds_since() { # prints the seconds elapsed since $1 (an $EPOCHREALTIME value) with one decimal
  awk -v start="$1" -v now="$EPOCHREALTIME" 'BEGIN { printf "%.1f", now - start }'
}

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "mermaid-check: Node.js (20.19 or later) and npm are needed" >&2
  exit 1
fi
if ! node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1)'; then
  echo "mermaid-check: Node.js 20.19 or later is needed (jsdom's requirement), found $(node --version)" >&2
  exit 1
fi

# Install only when node_modules is missing or was installed from another lock file.
lock_hash="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
stamp="$here/node_modules/.installed-from-lock.sha256"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  started="$EPOCHREALTIME"
  if ! install_log="$(cd "$here" && npm ci --no-audit --no-fund --loglevel=error 2>&1)"; then
    printf '%s\n' "$install_log" >&2
    echo "mermaid-check: npm ci failed" >&2
    exit 1
  fi
  printf '%s\n' "$lock_hash" > "$stamp"
  echo "mermaid-check: npm ci took $(seconds_since "$started") s"
fi

# 1. The valid fixture must pass.
started="$EPOCHREALTIME"
if ! (cd "$here" && node check.mjs fixtures/valid); then
  echo "mermaid-check: the valid fixture did not pass: the checker or its setup is broken" >&2
  exit 1
fi

# 2. The broken fixture must fail, with exactly the blocks listed in expected-failures.txt.
broken_status=0
broken_output="$(cd "$here" && node check.mjs fixtures/broken 2>&1)" || broken_status=$?
expected_failures="$(cat "$here/fixtures/broken/expected-failures.txt")"
reported_failures="$(printf '%s\n' "$broken_output" | sed -n 's/^FAIL \([^ ]*\): mermaid block .*/\1/p')"
expected_count="$(printf '%s\n' "$expected_failures" | grep -c .)"
if [[ "$broken_status" -ne 1 || "$reported_failures" != "$expected_failures" ]] \
  || ! grep -q ", $expected_count errors\$" <<< "$broken_output"; then
  printf '%s\n' "$broken_output" >&2
  echo "mermaid-check: the broken fixture must fail (exit 1) reporting exactly these blocks:" >&2
  printf '%s\n' "$expected_failures" >&2
  echo "mermaid-check: got exit $broken_status and these blocks:" >&2
  printf '%s\n' "${reported_failures:-(none)}" >&2
  exit 1
fi
echo "mermaid-check: broken fixture failed as expected ($expected_count invalid blocks reported)"
echo "mermaid-check: fixture checks took $(seconds_since "$started") s"

# 3. The caller's folders and files.
if [[ $# -gt 0 ]]; then
  started="$EPOCHREALTIME"
  check_status=0
  node "$here/check.mjs" "$@" || check_status=$?
  echo "mermaid-check: checking $* took $(seconds_since "$started") s"
  exit "$check_status"
fi
