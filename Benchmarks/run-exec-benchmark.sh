#!/usr/bin/env bash
# Times builds of the flagship content/ with its executable examples:
#   cold (library build included), cold (library already built), no-change rebuild,
#   one-article code edit, one-article prose edit,
# and checks them against the targets:
#   cold (library excluded) <= 1.5 x (sum of per-article compile times / cores)
#   no-change <= 5 % of cold (library excluded)
# Per-article compile times come from serial runs (`--jobs 1 --verbose`), so they are not
# inflated by compiles competing for the cores. The cold build and the serial sums are the
# median of RUNS runs (default 3): single runs vary by several per cent here.
#
#   Benchmarks/run-exec-benchmark.sh [RUNS]
#
# Works on a copy of content/ in a temporary folder whose examples.package points
# back at this repository, so the repository itself is never edited.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
swift build -c release --product lemma >/dev/null
lemma="$repo/.build/release/lemma"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
cp -r content "$site/"
sed -i "s|^  package: .*|  package: $repo|" "$site/content/lemma.yml"
article="$(ls "$site"/content/posts/*.md | head -1)"
cores=$(nproc)
runs="${1:-3}"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
row() { printf '| %-62s | %7.2f s |\n' "$1" "$2"; }

rm -rf "$site/.lemma"
library_cold=$(seconds "$lemma" build --quiet --root "$site")
cold=$(for _ in $(seq "$runs"); do rm -rf "$site/.lemma/cache"; seconds "$lemma" build --quiet --root "$site"; done | median)
no_change=$(seconds "$lemma" build --quiet --root "$site")
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
code_edit=$(seconds "$lemma" build --quiet --root "$site")
cp "$site/article.bak" "$article"
"$lemma" build --quiet --root "$site" >/dev/null 2>&1
printf '\nOne more sentence of prose.\n' >> "$article"
prose_edit=$(seconds "$lemma" build --quiet --root "$site")
cp "$site/article.bak" "$article"

# Serial compiles: "content/posts/x.md: compiled in 1.23 s, ran in 0.45 s; …"
for run in $(seq "$runs"); do
  "$lemma" build --no-cache --jobs 1 --verbose --root "$site" 2>"$site/serial-$run.log" >/dev/null
done
serial_sum() {  # the median over the runs of the sum of field $1 (1: compile, 2: run)
  for log in "$site"/serial-*.log; do
    sed -n 's/.*: compiled in \([0-9.]*\) s, ran in \([0-9.]*\) s.*/\'"$1"'/p' "$log" | paste -sd+ | bc
  done | median
}
compile_sum=$(serial_sum 1)
run_sum=$(serial_sum 2)
programs=$(grep -c ': compiled in ' "$site/serial-1.log")

echo "| build of content/ ($programs article programs, $cores cores) | time |"
echo "|---|---:|"
row "cold, including the library's release build" "$library_cold"
row "cold, library already built (median of $runs)" "$cold"
row "no change" "$no_change"
row "one-article code edit" "$code_edit"
row "one-article prose edit" "$prose_edit"
row "sum of per-article compile times (serial, median of $runs)" "$compile_sum"
row "sum of per-article run times (serial, median of $runs)" "$run_sum"
echo
compile_budget=$(echo "1.5 * $compile_sum / $cores" | bc -l)
no_change_budget=$(echo "0.05 * $cold" | bc -l)
verdict() { if [ "$(echo "$1 <= $2" | bc -l)" = 1 ]; then echo met; else echo missed; fi; }
printf 'cold %.2f s vs 1.5 x compile sum / cores = %.2f s: %s\n' "$cold" "$compile_budget" "$(verdict "$cold" "$compile_budget")"
printf 'no change %.2f s vs 5 %% of cold = %.2f s: %s\n' "$no_change" "$no_change_budget" "$(verdict "$no_change" "$no_change_budget")"
