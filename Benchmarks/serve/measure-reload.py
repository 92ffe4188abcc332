#!/usr/bin/env python3
"""Measures save -> reload-event latency of a running `lemma serve` (or `hugo server`).

    measure-reload.py --port PORT --file ARTICLE.md [--runs 20] [--hugo]

Opens the server's event stream (/__lemma/events; with --hugo, Hugo's LiveReload websocket,
which needs `pip install websockets`), then repeatedly appends a sentence to the end of
ARTICLE.md (a prose edit: the body changes, no program does) and times from just before the
write until the reload message arrives. Restores the file at the end. Prints a summary; exits 1
if any reload is missing.
"""
import argparse
import json
import socket
import statistics
import sys
import time


class LemmaEvents:
    """The server-sent events of `lemma serve`."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        self.sock.sendall(b"GET /__lemma/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.buffer = [b""]
        if not wait_for(self.sock, self.buffer, b": connected", 600):
            sys.exit("no event stream on port %d" % port)

    def wait_for_reload(self, timeout):
        return wait_for(self.sock, self.buffer, b"event: reload", timeout)


class HugoLiveReload:
    """Hugo's LiveReload websocket (protocol official-7)."""

    def __init__(self, port):
        import warnings
        from websockets.sync.client import connect
        warnings.filterwarnings("ignore", category=DeprecationWarning)  # the connection lives as long as the run
        self.connection = connect("ws://127.0.0.1:%d/livereload" % port, open_timeout=600)
        # Hugo 0.111 does not answer the hello, but sends reloads once it has been said.
        self.connection.send(json.dumps(
            {"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))

    def wait_for_reload(self, timeout):
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                message = json.loads(self.connection.recv(timeout=remaining))
            except TimeoutError:
                return False
            if message.get("command") == "reload":
                return True
        return False


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
    parser.add_argument("--hugo", action="store_true", help="listen to Hugo's LiveReload websocket")
    args = parser.parse_args()
    with open(args.file, "rb") as f:
        original = f.read()
    events = HugoLiveReload(args.port) if args.hugo else LemmaEvents(args.port)
    times = []
    missing = 0
    try:
        for run in range(args.runs):
            text = original + (b"\n\nA sentence added by the benchmark, edit number %d.\n" % run)
            start = time.monotonic()
            with open(args.file, "wb") as f:
                f.write(text)
            if events.wait_for_reload(30):
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
