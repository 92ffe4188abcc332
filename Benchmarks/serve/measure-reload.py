#!/usr/bin/env python3
"""Measures save -> reload-event latency of a running `lemma serve`.

    measure-reload.py --port PORT --file ARTICLE.md [--runs 20]

Opens the server's event stream (/__lemma/events), then repeatedly appends a sentence to the
end of ARTICLE.md (a prose edit: the body changes, no program does) and times from just
before the write until the `reload` event arrives. Restores the file at the end. Prints one
line per run and a summary; exits 1 if any reload is missing.
"""
import argparse
import socket
import statistics
import sys
import time


def open_stream(port):
    sock = socket.create_connection(("127.0.0.1", port), timeout=120)
    sock.sendall(b"GET /__lemma/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    return sock


def wait_for(sock, buffer, marker, timeout):
    deadline = time.monotonic() + timeout
    while marker not in buffer[0]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        sock.settimeout(remaining)
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            return False
        if not chunk:
            return False
        buffer[0] += chunk
    index = buffer[0].index(marker) + len(marker)
    buffer[0] = buffer[0][index:]
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--file", required=True)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    with open(args.file, "rb") as f:
        original = f.read()
    sock = open_stream(args.port)
    buffer = [b""]
    if not wait_for(sock, buffer, b": connected", 600):
        sys.exit("no event stream on port %d" % args.port)
    times = []
    missing = 0
    try:
        for run in range(args.runs):
            text = original + (b"\n\nA sentence added by the benchmark, edit number %d.\n" % run)
            start = time.monotonic()
            with open(args.file, "wb") as f:
                f.write(text)
            if wait_for(sock, buffer, b"event: reload", 30):
                times.append((time.monotonic() - start) * 1000)
            else:
                missing += 1
            time.sleep(0.3)  # let the build settle before the next save
    finally:
        with open(args.file, "wb") as f:
            f.write(original)
    if times:
        times.sort()
        p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
        print("%s save -> reload: median %.0f ms, p90 %.0f ms, min %.0f ms, max %.0f ms (%d runs, %d missing)"
              % (args.label, statistics.median(times), p90, times[0], times[-1], len(times), missing))
    if missing or not times:
        sys.exit("%d reload events missing" % missing)


if __name__ == "__main__":
    main()
