#!/usr/bin/env bash
# `lemma serve` under load: save -> reload-event latency for a prose edit, on the synthetic
# corpus and on a copy of this site's content/, then a wrk load run against the corpus.
#
#   Benchmarks/run-serve-benchmark.sh [ARTICLES] [RUNS]     (defaults 1000 and 20)
#
# Set LEMMA=/path/to/lemma to time an already built release binary instead of building one.
# Needs wrk (apt-get install wrk); times Hugo's server too when hugo and the Python websockets
# module are installed (apt-get install hugo; pip install websockets). Results go to stdout and
# Benchmarks/serve/last-run.md.
# Everything listens on 127.0.0.1 only; every server started here is stopped with SIGINT
# (which also checks that Ctrl-C shuts the server down).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
articles="${1:-1000}"
runs="${2:-20}"
work="$repo/Benchmarks/corpus/serve"
port=8917
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
if [[ -z "${LEMMA:-}" ]]; then
  swift build -c release --product lemma >/dev/null
  lemma="$(swift build -c release --show-bin-path)/lemma"
else
  lemma="$LEMMA"
fi
server=""
stop_server() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill -INT "$server"
    for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$server" 2>/dev/null; then echo "server $server ignored SIGINT for 10 s" >&2; kill -KILL "$server"; fi
    wait "$server" 2>/dev/null || true
  fi
  server=""
}
trap stop_server EXIT

# Starts `lemma serve` on ROOT and waits (up to 30 min: the first build may compile examples)
# until the home page answers.
start_server() {
  local root="$1" base="$2"
  "$lemma" serve --quiet --root "$root" --port "$port" > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 1800); do
    if curl -fs -o /dev/null --max-time 600 "http://127.0.0.1:$port$base"; then return 0; fi
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 1
  done
  echo "server did not come up" >&2; exit 1
}

rm -rf "$work"; mkdir -p "$work"
python3 Benchmarks/generate-corpus.py "$work/corpus" --articles "$articles" >/dev/null

# 1. The synthetic corpus.
start_server "$work/corpus/lemma" /
corpus_line=$(python3 Benchmarks/serve/measure-reload.py --port "$port" --runs "$runs" \
  --file "$work/corpus/lemma/content/posts/article-0500.md" --label "corpus ($articles articles):")
echo "$corpus_line"
page="http://127.0.0.1:$port/posts/article-0500/"
wrk_out=$(wrk -t2 -c100 -d10s --latency "$page")
echo "$wrk_out"
stop_server

# 1b. Hugo's server on the same articles, when Hugo and the websockets module are installed
# (full renders: fast-render mode would re-render only the pages a browser has open).
hugo_line=""
if command -v hugo >/dev/null && python3 -c "import websockets" 2>/dev/null; then
  hugo server --source "$work/corpus/hugo" --port "$port" --bind 127.0.0.1 --disableFastRender \
    > "$work/hugo.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
  hugo_line=$(python3 Benchmarks/serve/measure-reload.py --hugo --port "$port" --runs "$runs" \
    --file "$work/corpus/hugo/content/posts/article-0500.md" --label "hugo server $(hugo version | cut -d' ' -f2), same corpus:")
  echo "$hugo_line"
  stop_server
fi

# 2. A copy of this site (content/ and the examples' package), so edits never
# touch the working tree.
site="$work/site"
mkdir -p "$site"
cp -a content Package.swift Sources Tests Theme "$site/"
article=$(ls "$site"/content/posts/*.md | head -n 1)
start_server "$site" /
content_line=$(python3 Benchmarks/serve/measure-reload.py --port "$port" --runs "$runs" \
  --file "$article" --label "content/ ($(ls "$site"/content/posts/*.md | wc -l) articles):")
echo "$content_line"
stop_server

requests=$(echo "$wrk_out" | awk '/requests in/ {print $1}')
rate=$(echo "$wrk_out" | awk '/Requests\/sec/ {print $2}')
socket_errors=$(echo "$wrk_out" | grep -o 'Socket errors:.*' || echo "Socket errors: none")
non2xx=$(echo "$wrk_out" | grep -o 'Non-2xx or 3xx responses: [0-9]*' || echo "Non-2xx or 3xx responses: 0")
{
  echo "# lemma serve benchmark ($(nproc) cores)"
  echo
  echo "- $corpus_line"
  [[ -n "$hugo_line" ]] && echo "- $hugo_line"
  echo "- $content_line"
  echo "- wrk, 100 connections, 10 s, one article page: $requests requests, $rate requests/s; $socket_errors; $non2xx"
} | tee Benchmarks/serve/last-run.md
if [[ "$socket_errors" != "Socket errors: none" || "$non2xx" != "Non-2xx or 3xx responses: 0" ]]; then
  echo "load run had errors" >&2; exit 1
fi
