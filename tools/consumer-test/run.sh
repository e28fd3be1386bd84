#!/usr/bin/env bash
# Consumer test (issue 9): pack RadAi.Dsl and the radai tool into a local feed, then, in a fresh folder outside
# the repository, build a console program that references RadAi.Dsl by version (package source mapping: RadAi.*
# from the local feed, everything else from nuget.org), run it, install the tool from the same feed through a
# tool manifest and run `radai validate` on the JSON the program wrote. Any failing step fails the script.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props")"

# Packing restores from the machine's package cache: it takes no RadAi.* package, and the tool's ReadyToRun builds need
# a runtime pack per RID (hundreds of MB), which a cache of its own would download again on every run.
echo "consumer-test: packing RadAi.Dsl and RadAi.Dsl.Cli $version"
dotnet pack "$root/src/RadAi.Dsl/RadAi.Dsl.csproj" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/src/RadAi.Dsl.Cli/RadAi.Dsl.Cli.csproj" -c Release -o "$feed" --nologo -v quiet
ls "$feed"
# From here a package cache of its own, so a package of the same version packed earlier cannot be picked up instead.
export NUGET_PACKAGES="$work/packages"
# …and a CLI home of its own: local tools are resolved through a cache under it that would outlive this folder.
export DOTNET_CLI_HOME="$work/cli-home"

app="$work/app"
mkdir -p "$app"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="RadAi.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
cat > "$app/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="RadAi.Dsl" Version="$version" />
  </ItemGroup>
</Project>
XML
cp "$here/Program.cs.txt" "$app/Program.cs"

cd "$app"
echo "consumer-test: building and running a program that references RadAi.Dsl $version"
dotnet run -c Release --nologo
test -s workspace.json
test -s docs/README.md

echo "consumer-test: installing the radai tool from the local feed (tool manifest)"
dotnet new tool-manifest --force >/dev/null
dotnet tool install RadAi.Dsl.Cli --version "$version" >/dev/null
dotnet tool run radai -- --help >/dev/null
set +e
dotnet tool run radai -- validate workspace.json --fail-on error
code=$?
set -e
if [ "$code" -ne 0 ]; then
  echo "consumer-test: radai validate exited $code on the consumer's workspace" >&2
  exit 1
fi

# The tool ships compiled code (issue 22): this machine's RID is one the tool is built for, so the install took the
# RID package: self-contained (a runtime of its own, hence the 'any' framework folder), every assembly ReadyToRun, the
# code in one composite image.
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
tool_dir="$NUGET_PACKAGES/radai.dsl.cli.$rid/$version/tools/any/$rid"
test -d "$tool_dir" || { echo "consumer-test: the install did not take the $rid package ($tool_dir)" >&2; exit 1; }
test -f "$tool_dir/libcoreclr.so" || { echo "consumer-test: the $rid package carries no runtime of its own" >&2; exit 1; }
test -f "$tool_dir/radai.r2r.dll" || { echo "consumer-test: the $rid package has no composite ReadyToRun image" >&2; exit 1; }
dotnet run --file "$root/tools/readytorun-check/check.cs" -- readytorun "$tool_dir"

# A RID the tool is not built for gets the portable package: packed here for win-x64 and 'any' only, installed on this
# machine as a global tool into a CLI home of its own, it must install RadAi.Dsl.Cli.any (IL) and run.
echo "consumer-test: a platform without a RID package installs the portable fallback"
fallback_feed="$work/fallback-feed"
# (an environment variable, because a list given with -p: reaches the RID builds as one RID)
( unset NUGET_PACKAGES
  ToolPackageRuntimeIdentifiers='win-x64;any' \
    dotnet pack "$root/src/RadAi.Dsl.Cli/RadAi.Dsl.Cli.csproj" -c Release -o "$fallback_feed" --nologo -v quiet )
ls "$fallback_feed"
export DOTNET_CLI_HOME="$work/fallback-home" NUGET_PACKAGES="$work/fallback-packages"
# outside the app folder, whose nuget.config maps package sources (which --add-source cannot be combined with)
mkdir "$work/fallback"
cd "$work/fallback"
dotnet tool install --global --add-source "$fallback_feed" RadAi.Dsl.Cli --version "$version" >/dev/null
any_dir="$DOTNET_CLI_HOME/.dotnet/tools/.store/radai.dsl.cli/$version/radai.dsl.cli.any/$version/tools/net10.0/any"
test -d "$any_dir" || { echo "consumer-test: the fallback install did not take the 'any' package ($any_dir)" >&2; exit 1; }
dotnet run --file "$root/tools/readytorun-check/check.cs" -- il "$any_dir"
"$DOTNET_CLI_HOME/.dotnet/tools/radai" validate "$app/workspace.json" --fail-on error
echo "consumer-test: passed"
