#!/usr/bin/env bash
# The README's API tour as a reader runs it (issue 20): the ```csharp block under "## A tour of the API" in README.md,
# taken from the README itself so the two cannot drift, saved as tour.cs in an empty folder outside the repository
# with the `#:project` line the README tells the reader to add, and run as a .NET 10 file-based app
# (`dotnet run tour.cs`). File-based apps turn reflection-based JSON off, as trimmed and Native AOT applications do.
# It must exit 0 and write workspace.json and the documentation set under docs/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tour="$work/tour.cs"
{
  printf '#:project %s\n' "$root/src/RadAi.Dsl"
  bash "$root/tools/readme-block.sh" "$root/README.md" "## A tour of the API" csharp
} > "$tour"
lines=$(wc -l < "$tour")
if [ "$lines" -lt 10 ]; then
  echo "readme-tour: found no C# block under '## A tour of the API' in README.md" >&2
  exit 1
fi
# The README tells the reader which line to add: keep that sentence and this script in step.
grep -qF '`#:project path/to/RadAi.Dsl/src/RadAi.Dsl`' "$root/README.md" || { echo "readme-tour: README.md no longer shows the #:project line" >&2; exit 1; }

echo "readme-tour: running the README's tour ($((lines - 1)) lines) as a file-based app"
cd "$work"
dotnet run tour.cs
test -s workspace.json
test -s docs/README.md
test -s docs/workspace.json
echo "readme-tour: passed ($(find docs -type f | wc -l) documentation files)"
