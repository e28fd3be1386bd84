#!/usr/bin/env bash
# Consumer test (issue 9): pack RadAi.Dsl and the radai tool into a local feed, then, in a fresh folder outside
# the repository, build a console program that references RadAi.Dsl by version (package source mapping: RadAi.*
# from the local feed, everything else from nuget.org), run it, install the tool from the same feed through a
# tool manifest and run `radai validate` on the JSON the program wrote. Any failing step fails the script.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
# A package cache of its own, so a package of the same version packed earlier cannot be picked up instead.
export NUGET_PACKAGES="$work/packages"
# …and a CLI home of its own: local tools are resolved through a cache under it that would outlive this folder.
export DOTNET_CLI_HOME="$work/cli-home"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props")"

echo "consumer-test: packing RadAi.Dsl and RadAi.Dsl.Cli $version"
dotnet pack "$root/src/RadAi.Dsl/RadAi.Dsl.csproj" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/src/RadAi.Dsl.Cli/RadAi.Dsl.Cli.csproj" -c Release -o "$feed" --nologo -v quiet
ls "$feed"

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
echo "consumer-test: passed"
