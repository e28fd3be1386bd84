#!/usr/bin/env bash
# Native AOT consumer (issue 20): publishes tests/RadAi.Dsl.ReflectionFree (the Netflix sample's model plus a custom
# stereotype, through the public API) with PublishAot=true, every trim and AOT warning an error and reported one by
# one (TrimmerSingleWarn=false, so a warning inside the library is not folded into one line per assembly), then runs
# the native binary: it serializes, reads back, inspects and renders the model and writes workspace.json, the
# documentation set, its website and a SARIF report into a temporary folder, which this script checks and compares with what the
# same program writes when JIT-compiled.
# Native AOT links with clang and zlib: Debian's clang and zlib1g-dev are installed when missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v clang >/dev/null || ! dpkg -s zlib1g-dev >/dev/null 2>&1; then
  echo "aot-consumer: installing clang and zlib1g-dev"
  (apt-get update -q && apt-get install -y -q clang zlib1g-dev) >/dev/null
fi

rid="linux-$(dpkg --print-architecture | sed 's/amd64/x64/')"
echo "aot-consumer: publishing with Native AOT for $rid"
dotnet publish "$root/tests/RadAi.Dsl.ReflectionFree/RadAi.Dsl.ReflectionFree.csproj" -c Release -r "$rid" \
  -p:PublishAot=true -p:TreatWarningsAsErrors=true -p:TrimmerSingleWarn=false \
  -o "$work/bin" --nologo -v quiet 2>&1 | tee "$work/publish.log"
# Belt and braces: a trim (IL2xxx) or AOT (IL3xxx) warning must not pass unnoticed even if it were demoted.
if grep -E 'warning IL[23][0-9]{3}' "$work/publish.log"; then
  echo "aot-consumer: the publish reported trim or AOT warnings (above)" >&2
  exit 1
fi

binary="$work/bin/RadAi.Dsl.ReflectionFree"
test -x "$binary"
# A native binary has no IL to JIT: make sure this is one and not a framework-dependent apphost.
if [ -e "$work/bin/RadAi.Dsl.dll" ]; then
  echo "aot-consumer: the publish output holds RadAi.Dsl.dll: not a Native AOT publish" >&2
  exit 1
fi

out="$work/out"
"$binary" "$out" | tee "$work/stdout.txt"
grep -q '^ok: ' "$work/stdout.txt"
test -s "$out/workspace.json"
test -s "$out/docs/README.md"
test -s "$out/site/index.html"
cmp -s "$out/site/assets/mermaid/mermaid.min.js" "$root/src/RadAi.Dsl/Rendering/Site/Assets/mermaid/mermaid.min.js"
grep -q '"version": *"2.1.0"' "$out/radai.sarif"
# The native binary must write what the JIT-compiled library writes, byte for byte: run the same program
# framework-dependent into the same folder (the SARIF report names the file by its full path) and compare.
mv "$out" "$work/native"
dotnet run -c Release --project "$root/tests/RadAi.Dsl.ReflectionFree" -- "$out" >/dev/null
diff -r "$out" "$work/native"
echo "aot-consumer: passed"
