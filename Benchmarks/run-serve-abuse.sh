#!/usr/bin/env bash
# `lemma serve` under abuse: wrk with 100 connections for 30 s while an article is saved every
# second (every save must reach the browser as a reload, and wrk must see no errors), then a
# torture run of malformed requests (Benchmarks/serve/torture.py) after which the server must
# still answer.
#
#   Benchmarks/run-serve-abuse.sh [ARTICLES]      (default 100)
#
# Set LEMMA=/path/to/lemma to use an already built binary instead of a release build.
# Needs wrk (apt-get install wrk). Results go to stdout and Benchmarks/serve/abuse-last-run.md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
articles="${1:-100}"
work="$repo/Benchmarks/corpus/abuse"
port=8918
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
if [[ -z "${LEMMA:-}" ]]; then
  swift build -c release --product lemma >/dev/null
  lemma="$(swift build -c release --show-bin-path)/lemma"
else
  lemma="$LEMMA"
fi
rm -rf "$work"; mkdir -p "$work"
python3 Benchmarks/generate-corpus.py "$work/corpus" --articles "$articles" >/dev/null
"$lemma" serve --quiet --root "$work/corpus/lemma" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done

python3 Benchmarks/serve/save-during-load.py --port "$port" --seconds 30 \
  --file "$work/corpus/lemma/content/posts/article-0050.md" > "$work/saves.txt" &
saver=$!
sleep 0.5
wrk -t2 -c100 -d30s "http://127.0.0.1:$port/posts/article-0010/" > "$work/wrk.txt"
saves_ok=0; wait $saver || saves_ok=$?
errors=$(grep -E "Socket errors|Non-2xx" "$work/wrk.txt" || true)
python3 Benchmarks/serve/torture.py --port "$port" > "$work/torture.txt" || true
alive=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/")

{
  echo "# lemma serve under abuse ($articles articles, $(date -u +%Y-%m-%d))"
  echo
  echo '```'
  grep -E "Requests/sec|requests in|Latency" "$work/wrk.txt"
  echo "${errors:-wrk: 0 socket errors, 0 non-2xx responses}"
  cat "$work/saves.txt"
  tail -1 "$work/torture.txt"
  echo "after the torture run the home page answers $alive"
  echo '```'
} | tee Benchmarks/serve/abuse-last-run.md
[[ -z "$errors" && "$saves_ok" = 0 && "$alive" = 200 ]] && grep -Eq "^([0-9]+) of \1 cases" "$work/torture.txt"
