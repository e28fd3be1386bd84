#!/usr/bin/env bash
# Runs the "Architecture diff on pull requests" job of docs/ci.md as written: its three `run:` steps (build the base
# workspace, build the head workspace, compare), taken from the page, in a folder where `base` and `head` are clones of
# this commit. Both sides are the same model, so the comparison must exit 0 with "No architectural change"; then the head
# workspace gets a changed gate threshold and the comparison must exit 1 and name it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The job's YAML block, then the `run:` script of each named step (a one-line run or a `run: |` block).
yaml="$(bash "$root/tools/readme-block.sh" "$root/docs/ci.md" "## Architecture diff on pull requests (GitHub Actions)" yaml)"
step_script() {
  awk -v name="$1" '
    $0 ~ "- name: " name "$" {found = 1; next}
    found && /^ *- (name|uses):/ {exit}
    found && /^ *run: \|$/ {block = 1; match($0, /^ */); indent = RLENGTH + 2; next}
    found && /^ *run: / && !block {sub(/^ *run: /, ""); print; exit}
    found && block {if ($0 ~ /^ *$/) {print ""; next} if (match($0, /^ */) && RLENGTH < indent) exit; print substr($0, indent + 1)}
  ' <<<"$yaml"
}
for name in "Build the base workspace" "Build the head workspace" "Compare"; do
  script="$(step_script "$name")"
  [ -n "$script" ] || { echo "ci-diff-job: no run script for step '$name' in docs/ci.md" >&2; exit 1; }
  printf '%s\n' "$script" > "$work/$(echo "$name" | tr ' ' '-').sh"
done

# Two clones of this commit, as the job's two checkouts (symbolic links would not do: MSBuild resolves them).
git clone -q "$root" "$work/base"
git clone -q "$root" "$work/head"
export RUNNER_TEMP="$work/runner" GITHUB_OUTPUT="$work/github-output"
mkdir -p "$RUNNER_TEMP"
run_step() { (cd "$work" && bash -e "$work/$(echo "$1" | tr ' ' '-').sh"); }

run_step "Build the base workspace" > "$work/base.log"
run_step "Build the head workspace" > "$work/head.log"
: > "$GITHUB_OUTPUT"
run_step "Compare"
grep -qx "exit-code=0" "$GITHUB_OUTPUT" || { echo "ci-diff-job: the same model on both sides should exit 0; got: $(cat "$GITHUB_OUTPUT")" >&2; exit 1; }
grep -q "No architectural change" "$RUNNER_TEMP/architecture-diff.md" || { echo "ci-diff-job: expected 'No architectural change' in the comment" >&2; exit 1; }
echo "ci-diff-job: same model on both sides: exit 0, no architectural change"

# A lowered gate threshold on the head side: the job must report a change (exit 1) and name it.
sed -i 's/\\"threshold\\":0.6\b/\\"threshold\\":0.55/' "$RUNNER_TEMP/head/workspace.json"
cmp -s "$RUNNER_TEMP/base/workspace.json" "$RUNNER_TEMP/head/workspace.json" && { echo "ci-diff-job: could not change the head workspace's gate threshold" >&2; exit 1; }
: > "$GITHUB_OUTPUT"
run_step "Compare"
grep -qx "exit-code=1" "$GITHUB_OUTPUT" || { echo "ci-diff-job: a changed threshold should exit 1; got: $(cat "$GITHUB_OUTPUT")" >&2; exit 1; }
grep -q "0.55" "$RUNNER_TEMP/architecture-diff.md" || { echo "ci-diff-job: the comment does not name the new threshold" >&2; cat "$RUNNER_TEMP/architecture-diff.md" >&2; exit 1; }
echo "ci-diff-job: changed gate threshold: exit 1, the comment names it"
