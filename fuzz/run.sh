#!/usr/bin/env bash
# Builds one fuzz target and runs it for a given time, then merges what it found into the
# committed corpus (fuzz/corpus/TARGET). Crashes, hangs and sanitizer reports are written to
# fuzz/findings/ and end the run with a non-zero status.
#
#   fuzz/run.sh TARGET [SECONDS]      TARGET: math | tex | config | cell-options | render
#
# `math` is the C math extension inside cmark-gfm (clang, ASan + UBSan); the others are Swift
# entry points (LemmaSite.FuzzTarget) built with swiftc -sanitize=fuzzer,address.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh math|tex|config|cell-options|render [SECONDS]}
seconds=${2:-60}
work=.build-fuzz/work/$target
seeds=.build-fuzz/seeds/$target
mkdir -p "$work" "fuzz/corpus/$target" fuzz/findings
python3 fuzz/seed.py "$target" "$seeds" >/dev/null

if [ "$target" = math ]; then
  binary=.build-fuzz/fuzz-math
  mkdir -p .build-fuzz
  clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I Sources/CLemmaMath/include Sources/CLemmaMath/*.c fuzz/math/fuzz_math.c \
    -lcmark-gfm -lcmark-gfm-extensions -lpthread -o "$binary" 2>/dev/null
else
  (cd fuzz && swift build -c release --scratch-path ../.build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null)
  binary=.build-fuzz/release/fuzz-lemma
fi

export LEMMA_FUZZ_TARGET=$target
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="fuzz/findings/$target-" \
  "$work" "fuzz/corpus/$target" "$seeds"
# Keep a minimized corpus: only inputs that add coverage.
"$binary" -merge=1 -max_len=65536 "fuzz/corpus/$target" "$work" "$seeds" 2>&1 | grep -E "MERGE-OUTER: [0-9]+ new files" || true
