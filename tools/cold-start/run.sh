#!/usr/bin/env bash
# The cold-start table of docs/performance.md ("radai cold start", issue 22): every command a fresh `radai` process, as a
# user runs it after `dotnet tool install`, timed with /usr/bin/time (wall clock, user+system CPU, peak resident set).
#   bash tools/cold-start/run.sh                 pack the tool from this checkout, install it into a temporary folder
#   RADAI=/path/to/radai bash tools/cold-start/run.sh   time a radai already installed (e.g. one packed from another commit)
#   RUNS=5 (default) runs per command; medians, and the ranges min-max. Measure with nothing else running: this is a timing, not a test.
# Inputs are made here: the Netflix sample's workspace.json, and the Netflix-scale workspaces of 10,000 and 100,000
# elements and relationships (the benchmarks' generator, `RadAi.Dsl.Benchmarks workspace-json`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -z "${RADAI:-}" ]; then
  echo "cold-start: packing and installing radai from $root" >&2
  nice -n 19 dotnet pack "$root/src/RadAi.Dsl.Cli/RadAi.Dsl.Cli.csproj" -c Release -o "$work/feed" --nologo -v quiet >&2
  version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props")"
  NUGET_PACKAGES="$work/packages" DOTNET_CLI_HOME="$work/cli-home" nice -n 19 \
    dotnet tool install RadAi.Dsl.Cli --version "$version" --tool-path "$work/tool" --add-source "$work/feed" >&2
  RADAI="$work/tool/radai"
fi

echo "cold-start: making the inputs" >&2
nice -n 19 dotnet run -c Release --project "$root/samples/Netflix" -- --output "$work/netflix" >/dev/null
nice -n 19 dotnet build -c Release "$root/tests/RadAi.Dsl.Benchmarks" --nologo -v quiet >&2
for size in 10000 100000; do
  nice -n 19 "$root/tests/RadAi.Dsl.Benchmarks/bin/Release/net10.0/RadAi.Dsl.Benchmarks" workspace-json "$size" "$work/netflix-$size.json" >&2
done

# time LABEL COMMAND...: RUNS fresh processes; prints a table row of medians and ranges. @OUT@ in the command is a new empty folder per run.
time_runs() {
  local label="$1"; shift
  local walls=() cpus=() rss=()
  for _ in $(seq 1 "$runs"); do
    local out; out="$(mktemp -d "$work/out.XXXX")"
    local cmd=("${@//@OUT@/$out}")
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "${cmd[@]}" >/dev/null 2>"$work/stderr.txt" \
      || { cat "$work/stderr.txt" >&2; echo "cold-start: $label failed" >&2; exit 1; }
    read -r e u s m < "$work/time.txt"
    walls+=("$e"); cpus+=("$(echo "$u + $s" | bc)"); rss+=("$((m / 1024))")
    rm -rf "$out"
  done
  range() { printf '%s\n' "$@" | sort -n | sed -n '1p;$p' | paste -sd '-' | sed 's/^\([^-]*\)-\1$/\1/'; }
  median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  printf '| %s | %s s (%s) | %s s (%s) | %s MiB |\n' "$label" "$(median "${walls[@]}")" "$(range "${walls[@]}")" \
    "$(median "${cpus[@]}")" "$(range "${cpus[@]}")" "$(range "${rss[@]}")"
}

echo "radai: $RADAI; $runs runs each; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | wall: median (range) | CPU (user+sys): median (range) | peak RSS |"
echo "| --- | ---: | ---: | ---: |"
time_runs '`radai --help`' "$RADAI" --help
time_runs '`radai validate` Netflix sample' "$RADAI" validate "$work/netflix/workspace.json"
time_runs '`radai validate` 10,000' "$RADAI" validate "$work/netflix-10000.json"
time_runs '`radai validate` 100,000' "$RADAI" validate "$work/netflix-100000.json"
time_runs '`radai render` Netflix sample' "$RADAI" render "$work/netflix/workspace.json" --output @OUT@
time_runs '`radai render` 10,000' "$RADAI" render "$work/netflix-10000.json" --output @OUT@
time_runs '`radai render` 100,000' "$RADAI" render "$work/netflix-100000.json" --output @OUT@
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
