#!/usr/bin/env bash
# Times the release `lemma build` on the synthetic corpus, and Hugo on the same articles.
#
#   Benchmarks/run-build-benchmark.sh [ARTICLES]     (default 1000)
#
# Needs hyperfine (apt-get install hyperfine); Hugo is timed when installed (apt-get install hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-1000}"
corpus="Benchmarks/corpus"
swift build -c release --product lemma >/dev/null
lemma="$PWD/.build/release/lemma"
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 1; }

for math in mathml mathjax; do
  LEMMA_BENCH_MATH=$math python3 Benchmarks/generate-corpus.py "$corpus/$math" --articles "$articles"
done
echo "corpus: $articles articles, $(du -sh "$corpus/mathml/lemma/content" | cut -f1) of Markdown; $(nproc) cores"
commands=(
  -n "lemma build (math: mathml)" "$lemma build --quiet --root $corpus/mathml/lemma"
  -n "lemma build (math: mathjax passthrough)" "$lemma build --quiet --root $corpus/mathjax/lemma"
)
if command -v hugo >/dev/null; then
  commands+=(-n "hugo $(hugo version | cut -d' ' -f2)" "hugo --quiet --source $corpus/mathml/hugo --destination public")
fi
hyperfine --warmup 1 --runs 5 "${commands[@]}" --export-markdown Benchmarks/last-build.md
