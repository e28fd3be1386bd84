#!/usr/bin/env bash
# Prints the first fenced block of the given language under the given README heading (the whole heading line, e.g.
# "## Install from source"), without its fences; blank lines are kept. The CI steps that run what the README shows
# take their commands and code from here, so the README and CI cannot drift. Usage: readme-block.sh README HEADING LANG
set -euo pipefail
awk -v heading="$2" -v fence="\`\`\`$3" '
  /^#+ / {section = $0; next}
  section == heading && !inside && $0 == fence {inside = 1; next}
  inside && /^```$/ {exit}
  inside {print}' "$1"
