#!/usr/bin/env python3
"""Saves an article once a second while something else loads the server, and checks that
every save reaches the browser as a reload event.

    save-during-load.py --port PORT --file ARTICLE.md [--seconds 30]

Listens on /__lemma/events, appends a sentence to ARTICLE.md every second, waits (up to 10 s)
for the reload event after each save, restores the file at the end, prints the count of
reloads delivered and their median latency, and exits 1 when any save got no reload.
"""
import argparse
import pathlib
import socket
import statistics
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--file", required=True)
    parser.add_argument("--seconds", type=int, default=30)
    arguments = parser.parse_args()
    path = pathlib.Path(arguments.file)
    original = path.read_bytes()
    sock = socket.create_connection(("127.0.0.1", arguments.port), timeout=30)
    sock.sendall(b"GET /__lemma/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    buffer = b""

    def wait_for(marker, timeout):
        nonlocal buffer
        deadline = time.time() + timeout
        while marker not in buffer:
            remaining = deadline - time.time()
            if remaining <= 0:
                return False
            sock.settimeout(remaining)
            try:
                chunk = sock.recv(65536)
            except socket.timeout:
                return False
            if not chunk:
                return False
            buffer += chunk
        buffer = buffer.split(marker, 1)[1]
        return True

    if not wait_for(b": connected", 60):
        sys.exit("no event stream")
    latencies = []
    saves = 0
    try:
        start = time.time()
        while time.time() - start < arguments.seconds:
            tick = time.time()
            saves += 1
            path.write_bytes(path.read_bytes() + f"\nSaved during load, number {saves}.\n".encode())
            if wait_for(b"event: reload", 10):
                latencies.append((time.time() - tick) * 1000)
            time.sleep(max(0.0, 1 - (time.time() - tick)))
    finally:
        path.write_bytes(original)
    median = statistics.median(latencies) if latencies else float("nan")
    print(f"{len(latencies)} of {saves} saves reloaded (median {median:.0f} ms, max {max(latencies, default=0):.0f} ms)")
    sys.exit(0 if len(latencies) == saves else 1)


if __name__ == "__main__":
    main()
