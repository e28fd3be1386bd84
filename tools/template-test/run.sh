#!/usr/bin/env bash
# The dotnet new template (issue 20): packs RadAi.Dsl and RadAi.Dsl.Templates into a local feed, installs the template
# from it into a CLI home of this run's own, then runs the README's "A new system from the template" block (taken from
# README.md, line by line, as written) in an empty folder: `dotnet new radai-system -n MyPlatform`, `dotnet run`, and
# `dotnet test`. Checks the documentation set it wrote and that the inspections found no error. Then it proves the
# test project guards the model: with one finding raised to an error, `dotnet run` must exit 1 and `dotnet test` fail.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"

# Packing restores from the machine's package cache: it takes no RadAi.* package, and the tool's ReadyToRun builds need
# a runtime pack per RID (hundreds of MB), which a cache of its own would download again on every run.
echo "template-test: packing RadAi.Dsl, RadAi.Dsl.Cli and RadAi.Dsl.Templates into $feed"
dotnet pack "$root/src/RadAi.Dsl/RadAi.Dsl.csproj" -c Release -o "$feed" --nologo -v quiet
# The tool for this machine's RID (and the portable fallback) only: the packaging is tools/consumer-test's to check, and
# each RID package is a composite ReadyToRun compilation of the runtime (a minute or two here).
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
ToolPackageRuntimeIdentifiers="$rid;any" \
  dotnet pack "$root/src/RadAi.Dsl.Cli/RadAi.Dsl.Cli.csproj" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/templates/RadAi.Dsl.Templates/RadAi.Dsl.Templates.csproj" -c Release -o "$feed" --nologo -v quiet
# From here a package cache and a CLI home of its own: no package of the same version packed earlier, no template
# installed before.
export NUGET_PACKAGES="$work/nuget-packages" DOTNET_CLI_HOME="$work/cli-home"
mkdir -p "$DOTNET_CLI_HOME"
dotnet new install "$feed"/RadAi.Dsl.Templates.*.nupkg

mapfile -t lines < <(bash "$root/tools/readme-block.sh" "$root/README.md" "### A new system from the template" bash | grep -v '^\s*$')
if [ "${#lines[@]}" -lt 3 ]; then
  echo "template-test: found no bash block under '### A new system from the template' in README.md" >&2
  exit 1
fi
script="$work/readme-block.sh"
printf '%s\n' "${lines[@]}" > "$script"
mkdir "$work/new"
cd "$work/new"
echo "template-test: running the README's block:"
cat "$script"
bash -euo pipefail -x "$script" | tee "$work/run.log"

project="$work/new/MyPlatform"
test -s "$project/MyPlatform/MyPlatform.csproj"
test -s "$project/MyPlatform.Tests/MyPlatform.Tests.csproj"
grep -q 'namespace MyPlatform;' "$project/MyPlatform/Architecture.cs"
grep -q "value=\"$feed\"" "$project/nuget.config"
test -s "$project/architecture/README.md"
test -s "$project/architecture/workspace.json"
test -s "$project/architecture/rad-ai/c4-diagrams/non-determinism-boundary.md"
grep -q '^0 errors, ' "$work/run.log"
grep -q 'Passed!' "$work/run.log"
for word in Recommender 'Feature Pipeline' 'Feature Store' 'Model Monitor' CG-1 EN-001; do
  grep -q "$word" "$project/architecture/workspace.json" || { echo "template-test: $word is not in the workspace" >&2; exit 1; }
done

echo "template-test: raising RADAI029 to an error must fail dotnet run (exit 1) and dotnet test"
cd "$project"
sed -i 's|^\(\s*\)return workspace;|\1workspace.Properties.Set("structurizr.inspection.RADAI029", "error");\n&|' MyPlatform/Architecture.cs
grep -q 'RADAI029", "error"' MyPlatform/Architecture.cs
set +e
dotnet run --project MyPlatform > "$work/failing-run.log" 2>&1
run_code=$?
dotnet test > "$work/failing-test.log" 2>&1
test_code=$?
set -e
if [ "$run_code" -ne 1 ] || [ "$test_code" -eq 0 ] || ! grep -q 'error RADAI029' "$work/failing-test.log"; then
  echo "template-test: with an error finding, dotnet run exited $run_code (expected 1) and dotnet test $test_code (expected a failure naming RADAI029)" >&2
  cat "$work/failing-run.log" "$work/failing-test.log" >&2
  exit 1
fi
# docs/ci.md: the CI recipes' commands, word for word, in a repository made with `--feed packages`. Each command must
# appear in docs/ci.md as it is run here. Its pack line is the README's (run by tools/readme-install) on a checkout at
# radai-dsl/: that is checked as text, and the packages packed above stand in for its output, so the solution is not
# built a second time.
echo "template-test: the commands of docs/ci.md"
mkdir "$work/ci"
cd "$work/ci"
dotnet new radai-system -n MyPlatform --feed packages
cd MyPlatform
ci_doc="$root/docs/ci.md"
ci() {
  grep -qF -- "$1" "$ci_doc" || { echo "template-test: docs/ci.md does not show the command: $1" >&2; exit 1; }
  echo "template-test: \$ $1"
  bash -euo pipefail -c "$1"
}
grep -qF -- 'dotnet new radai-system -n MyPlatform --feed packages' "$ci_doc"
grep -q 'value="packages"' nuget.config
grep -qF -- 'dotnet pack RadAi.Dsl.sln -c Release -o packages' "$root/README.md"
grep -qF -- 'dotnet pack radai-dsl/RadAi.Dsl.sln -c Release -o packages' "$ci_doc"
cp -r "$feed" packages
ci 'dotnet tool install --global RadAi.Dsl.Cli'
export PATH="$DOTNET_CLI_HOME/.dotnet/tools:$PATH"
ci 'dotnet test'
ci 'dotnet run --project MyPlatform -- site'
test -s site/README.md
test -s site/workspace.json
ci 'radai validate site/workspace.json --format sarif > radai.sarif'
grep -q '"version": *"2.1.0"' radai.sarif
grep -q '"ruleId": *"RADAI' radai.sarif
mkdir json-only
cp site/workspace.json json-only/workspace.json
cd json-only
ci 'radai render workspace.json --output site'
ci 'radai validate workspace.json --format sarif > radai.sarif'
test -s site/README.md
cmp site/workspace.json workspace.json
grep -q '"version": *"2.1.0"' radai.sarif
echo "template-test: passed"
