#!/usr/bin/env bash
# Checks the packages as a user gets them (README "Install", "Using the library" and "Notebooks"):
#   1. packs every package under src/ into a local feed in $TMPDIR, with symbols (.snupkg) and SourceLink;
#   2. a fresh console app outside the repository `dotnet add package`s Bleiberecht.Rules from that feed, compiles
#      each ```csharp block of the README section "Using the library" and of the package readme's "A first
#      decision" as written (each block on its own, with its own using directives) and runs them;
#      CaseJson.Schema() from the package must carry as many descriptions as the committed docs/case.schema.json;
#   3. `dotnet tool install` of Bleiberecht.Rules.Cli from the feed gives a working `bleiberecht` command;
#   4. an inference-only app (Bleiberecht.Rules.Statistics alone) is published and its size reported;
#   5. every notebook in samples/notebooks runs headless (dotnet-repl) against the feed; any cell error fails.
# Usage: .ci/consume-package.sh            (needs the .NET SDK; tools and packages come from the NuGet registry)
# Env:   BLEIBERECHT_MAX_INFERENCE_PUBLISH_MB  fail when the inference-only app publishes more (unset: report only)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/bleiberecht-consume.XXXXXX")"
feed="$work/feed"
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
repl_version="0.3.259"          # dotnet-repl: runs .ipynb files headless and exits non-zero on a cell error

step() { printf '\n== %s\n' "$*"; }
fail() { echo "consume-package: $*" >&2; exit 1; }

version="$(dotnet msbuild "$repo/src/Bleiberecht.Rules/Bleiberecht.Rules.csproj" -getProperty:Version)"
[[ -n "$version" ]] || fail "could not read the package version"

# The packages keep one version between commits; a copy of an earlier build in the NuGet cache would be used
# instead of the one packed here. Only this project's own package ids are removed.
rm -rf "$cache"/bleiberecht.rules "$cache"/bleiberecht.rules.*

step "pack $version into $feed"
for project in "$repo"/src/*/*.csproj; do
  dotnet pack "$project" -c Release -o "$feed" --nologo -v quiet
done
for id in Bleiberecht.Rules Bleiberecht.Rules.Statistics Bleiberecht.Rules.Charts Bleiberecht.Rules.Interactive Bleiberecht.Rules.Cli; do
  nupkg="$feed/$id.$version.nupkg"
  [[ -f "$nupkg" ]] || fail "missing $nupkg"
  [[ -f "$feed/$id.$version.snupkg" ]] || fail "missing the symbol package of $id"
  nuspec="$(unzip -p "$nupkg" "$id.nuspec")"
  grep -q '<repository type="git" url="https://github.com/[^"]*" [^>]*commit="[0-9a-f]\{40\}"' <<<"$nuspec" || fail "$id: no repository URL with commit in the nuspec"
  grep -q '<projectUrl>https://' <<<"$nuspec" || fail "$id: no project URL"
  grep -q '<readme>PACKAGE.md</readme>' <<<"$nuspec" || fail "$id: not the package readme"
  # SourceLink in the PDB, and no path of the build machine in DLL or PDB (deterministic, paths mapped to /_/).
  mkdir -p "$work/symbols/$id"
  unzip -o -q "$feed/$id.$version.snupkg" '*.pdb' -d "$work/symbols/$id"
  unzip -o -q "$nupkg" '*.dll' -d "$work/symbols/$id"
  grep -rqa 'raw.githubusercontent.com' "$work/symbols/$id" --include='*.pdb' || fail "$id: no SourceLink in the PDB"
  if grep -rqaF "$repo" "$work/symbols/$id"; then fail "$id: a build path ($repo) is in the package"; fi
done
echo "5 packages with symbols, SourceLink, repository and project URL, package readme"

step "a fresh console app references Bleiberecht.Rules and runs the README's library snippets"
app="$work/app"
mkdir -p "$app"
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="bleiberecht-local" value="$feed" />
  </packageSources>
</configuration>
XML
dotnet new console -o "$app" -n ReadmeSnippets --framework net10.0 --no-restore >/dev/null
dotnet add "$app/ReadmeSnippets.csproj" package Bleiberecht.Rules --version "$version" >/dev/null
mkdir -p "$app/samples"                     # the snippets read samples/*.json relative to the working directory
cp "$repo"/samples/*.json "$app/samples/"

# Each ```csharp block of a section becomes <Prefix>N.cs: its using directives on top, its statements as the body
# of <Prefix>N.Run(). The blocks are taken from the documents on every run, never copied by hand: the README's
# "Using the library" (Readme1, Readme2, …) and the package readme's "A first decision" (Package1, which reads
# case.json).
extract() {   # extract FILE SECTION PREFIX -> prints the number of blocks
  awk -v dir="$app" -v section="$2" -v prefix="$3" '
    /^## / { inside = ($0 == section); next }
    inside && /^```csharp$/ { n++; file = dir "/" prefix n ".cs"; usings = ""; body = ""; code = 1; next }
    inside && code && /^```$/ {
      printf "%s\ninternal static class %s%d\n{\n    internal static void Run()\n    {\n%s    }\n}\n", usings, prefix, n, body > file
      close(file); code = 0; next }
    inside && code && /^using [A-Za-z0-9_.]+;$/ { usings = usings $0 "\n"; next }
    inside && code { body = body "        " $0 "\n" }
    END { print n + 0 }
  ' "$1"
}
readme_blocks="$(extract "$repo/README.md" "## Using the library" Readme)"
package_blocks="$(extract "$repo/src/PACKAGE.md" "## A first decision" Package)"
[[ "$readme_blocks" -ge 1 ]] || fail "no csharp block in the README section \"Using the library\""
[[ "$package_blocks" -ge 1 ]] || fail "no csharp block in the package readme section \"A first decision\""
cp "$repo/samples/13-unknown-facts-pending.json" "$app/case.json"
expected_descriptions="$(grep -c '"description"' "$repo/docs/case.schema.json")"
{
  echo 'using System.Text.RegularExpressions;'
  for i in $(seq 1 "$readme_blocks"); do echo "Console.WriteLine(\"-- README, Using the library, block $i\"); Readme$i.Run();"; done
  for i in $(seq 1 "$package_blocks"); do echo "Console.WriteLine(\"-- package readme, A first decision, block $i\"); Package$i.Run();"; done
  cat <<'CS'
// The schema's descriptions must come with the package (they are compiled into the assembly).
var descriptions = Regex.Matches(Bleiberecht.Rules.Serialization.CaseJson.Schema(), "\"description\"").Count;
Console.WriteLine($"-- CaseJson.Schema(): {descriptions} descriptions (committed schema: {args[0]})");
return descriptions == int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) ? 0 : 1;
CS
} >"$app/Program.cs"
(cd "$app" && dotnet run -- "$expected_descriptions") || fail "the documented snippets or the schema check failed"

step "dotnet tool install Bleiberecht.Rules.Cli"
dotnet tool install Bleiberecht.Rules.Cli --version "$version" --add-source "$feed" --tool-path "$work/tools" >/dev/null
(cd "$app" && "$work/tools/bleiberecht" evaluate samples >/dev/null) || fail "the installed bleiberecht command failed"
echo "bleiberecht evaluate samples: ok"

step "an inference-only app (Bleiberecht.Rules.Statistics only): publish size"
inference="$work/inference"
dotnet new console -o "$inference" -n InferenceOnly --framework net10.0 --no-restore >/dev/null
dotnet add "$inference/InferenceOnly.csproj" package Bleiberecht.Rules.Statistics --version "$version" >/dev/null
cat >"$inference/Program.cs" <<'CS'
// Saarland's permit rate, 47 of 788 applications (table 6.1 of the study), with its Wilson interval.
var ci = Bleiberecht.Rules.Statistics.Inference.ProportionIntervals.Wilson(47, 788);
Console.WriteLine($"Wilson 95 %: [{ci.Lower:F4}, {ci.Upper:F4}]");
CS
dotnet publish "$inference/InferenceOnly.csproj" -c Release -o "$inference/out" --nologo -v quiet
"$inference/out/InferenceOnly"
bytes="$(du -sb "$inference/out" | cut -f1)"
mb="$(( (bytes + 524287) / 1048576 ))"
echo "published (framework-dependent, no runtime identifier): $bytes bytes = $mb MB"
if [[ -n "${BLEIBERECHT_MAX_INFERENCE_PUBLISH_MB:-}" && "$mb" -gt "$BLEIBERECHT_MAX_INFERENCE_PUBLISH_MB" ]]; then
  fail "the inference-only app publishes $mb MB (limit $BLEIBERECHT_MAX_INFERENCE_PUBLISH_MB MB)"
fi

step "notebooks (dotnet-repl $repl_version)"
dotnet tool install dotnet-repl --version "$repl_version" --tool-path "$work/tools" >/dev/null
# The notebooks name the packages by id and version; the kernel's restore finds them in the local feed through
# this MSBuild property, so the committed notebooks run unchanged.
export RestoreAdditionalProjectSources="$feed"
shopt -s nullglob
notebooks=("$repo"/samples/notebooks/*.ipynb)
[[ ${#notebooks[@]} -ge 1 ]] || fail "no notebook in samples/notebooks"
for notebook in "${notebooks[@]}"; do
  name="$(basename "$notebook" .ipynb)"
  out="$work/notebooks/$name.ipynb"
  mkdir -p "$work/notebooks"
  if ! "$work/tools/dotnet-repl" --run "$notebook" --exit-after-run --output-path "$out" >"$work/notebooks/$name.log" 2>&1; then
    cat "$work/notebooks/$name.log" >&2
    [[ -f "$out" ]] && grep -o '"evalue": "[^"]*"' "$out" >&2 || true
    fail "notebook $name: a cell failed"
  fi
  echo "$name.ipynb: every cell ran"
done

rm -rf "$work"
echo
echo "consume-package: ok"
