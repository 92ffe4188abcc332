#!/usr/bin/env bash
# Times builds of the flagship content/ with its executable examples:
#   cold (library build included), cold (library already built), no-change rebuild,
#   one-article code edit, one-article prose edit.
#
#   Benchmarks/run-exec-benchmark.sh
#
# Works on a copy of content/ and templates/ in a temporary folder whose examples.package points
# back at this repository, so the repository itself is never edited.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
swift build -c release --product lemma >/dev/null
lemma="$repo/.build/release/lemma"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
cp -r content templates "$site/"
sed -i "s|^  package: .*|  package: $repo|" "$site/content/lemma.yml"
article="$(ls "$site"/content/posts/*.md | head -1)"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
row() { printf '| %-44s | %6.2f s |\n' "$1" "$2"; }

echo "| build of content/ ($(ls "$site"/content/posts/*.md | wc -l) articles, $(nproc) cores) | time |"
echo "|---|---:|"
rm -rf "$site/.lemma"
row "cold, including the library's release build" "$(seconds "$lemma" build --quiet --root "$site")"
rm -rf "$site/.lemma/cache"
row "cold, library already built" "$(seconds "$lemma" build --quiet --root "$site")"
row "no change" "$(seconds "$lemma" build --quiet --root "$site")"
cp "$article" "$site/article.bak"
# A code edit: a new statement at the end of the first run cell.
python3 - "$article" <<'PY'
import sys
path = sys.argv[1]
text = open(path).read()
start = text.index("```swift run")
end = text.index("\n```", start + 1)
open(path, "w").write(text[:end] + "\nlet benchmarkEdit = 1" + text[end:])
PY
row "one-article code edit" "$(seconds "$lemma" build --quiet --root "$site")"
cp "$site/article.bak" "$article"
"$lemma" build --quiet --root "$site" >/dev/null 2>&1
printf '\nOne more sentence of prose.\n' >> "$article"
row "one-article prose edit" "$(seconds "$lemma" build --quiet --root "$site")"
