#!/usr/bin/env bash
# Prints how many tests `dotnet test` skipped, summed over the summary lines ("Passed!  - Failed: 0, Passed: 9,
# Skipped: 1, Total: 10, ...") of the output saved in the file given; fails when that output has no summary line.
set -euo pipefail
summaries="$(grep -E '^(Passed|Failed|Skipped)! ' "$1" || true)"
if [ -z "$summaries" ]; then echo "test-skips: no dotnet test summary line in $1" >&2; exit 1; fi
printf '%s\n' "$summaries" | grep -Eo 'Skipped: +[0-9]+' | awk '{s += $2} END {print s + 0}'
