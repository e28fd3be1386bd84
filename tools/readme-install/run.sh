#!/usr/bin/env bash
# Install as the README says (issue 20): the ```bash block under "## Install from source" in README.md, taken from the
# README itself so the two cannot drift, run line by line from the repository root exactly as written. The global tool
# and the template go into a CLI home of this run's own (DOTNET_CLI_HOME), so the machine's tools are left alone; the
# lines after the pack restore into a package cache of their own, so a package of the same version packed earlier
# cannot be picked up instead. Then the installed `radai` runs from the global tools folder, as a reader's would, and
# `dotnet new` lists the installed template.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$root/packages"' EXIT
export DOTNET_CLI_HOME="$work/cli-home"
mkdir -p "$DOTNET_CLI_HOME"

mapfile -t lines < <(bash "$root/tools/readme-block.sh" "$root/README.md" "## Install from source" bash | grep -v '^\s*$')
if [ "${#lines[@]}" -lt 2 ]; then
  echo "readme-install: found no bash block under '## Install from source' in README.md" >&2
  exit 1
fi

cd "$root"
rm -rf packages
for line in "${lines[@]}"; do
  echo "readme-install: \$ $line"
  case "$line" in
    "dotnet pack "*) bash -euo pipefail -c "$line" ;;
    *) NUGET_PACKAGES="$work/nuget-packages" bash -euo pipefail -c "$line" ;;
  esac
done

radai="$DOTNET_CLI_HOME/.dotnet/tools/radai"
test -x "$radai" || { echo "readme-install: no radai in the global tools folder ($radai)" >&2; exit 1; }
"$radai" validate --help | grep -q -- '--fail-on'
dotnet new list radai-system | grep -q 'radai-system'
echo "readme-install: passed"
