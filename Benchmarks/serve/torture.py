#!/usr/bin/env python3
"""Sends `lemma serve` malformed and abusive requests, then checks that it still answers.

    torture.py --port PORT [--path /]

Each case opens its own connection(s) and reads whatever comes back (or nothing) within a few
seconds. After every case the server must still answer `GET PATH` with 200 within 5 s. Prints one
line per case and exits 1 when the server stopped answering.
"""
import argparse
import socket
import sys
import threading
import time

PORT = 0
PATH = "/"


def connect(timeout=5):
    sock = socket.create_connection(("127.0.0.1", PORT), timeout=timeout)
    sock.settimeout(timeout)
    return sock


def exchange(payload, timeout=5, read=True):
    """Sends payload (bytes), returns the first status line received (or a note)."""
    try:
        sock = connect(timeout)
        sock.sendall(payload)
        if not read:
            sock.close()
            return "sent"
        data = b""
        try:
            while b"\r\n" not in data and len(data) < 65536:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        except socket.timeout:
            pass
        sock.close()
        line = data.split(b"\r\n", 1)[0].decode("latin-1")
        return line or "closed without a response"
    except OSError as error:
        return f"connection error: {error}"


def alive():
    line = exchange(f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    return line.startswith("HTTP/1.1 200")


def get(path, headers=""):
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n\r\n".encode()


def pipelined():
    requests = b"".join(f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode() for _ in range(50))
    sock = connect()
    sock.sendall(requests)
    data = b""
    deadline = time.time() + 10
    while data.count(b"HTTP/1.1 200") < 50 and time.time() < deadline:
        try:
            chunk = sock.recv(1 << 20)
        except socket.timeout:
            break
        if not chunk:
            break
        data += chunk
    sock.close()
    return f"{data.count(b'HTTP/1.1 200')} of 50 pipelined responses"


def slow_client():
    """A client that sends one byte every 100 ms for 4 s while others are served."""
    def dribble():
        try:
            sock = connect(10)
            for byte in get(PATH):
                sock.send(bytes([byte]))
                time.sleep(0.1)
                if time.time() > start + 4:
                    break
            sock.close()
        except OSError:
            pass
    start = time.time()
    threads = [threading.Thread(target=dribble) for _ in range(20)]
    for thread in threads:
        thread.start()
    served = sum(alive() for _ in range(10))
    for thread in threads:
        thread.join()
    return f"{served} of 10 normal requests served while 20 slow clients dribbled"


def many_event_streams():
    socks = []
    for _ in range(300):
        try:
            sock = connect()
            sock.sendall(b"GET /__lemma/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            socks.append(sock)
        except OSError:
            break
    opened = len(socks)
    for sock in socks:
        sock.close()
    return f"{opened} event streams opened and dropped"


CASES = [
    ("bad percent-encoding", lambda: exchange(get("/%zz%%%/%E0%A4%A/%00/"))),
    ("percent-encoded traversal", lambda: exchange(get("/%2e%2e/%2e%2e/etc/passwd"))),
    ("100 KB path", lambda: exchange(get("/" + "a" * 100_000))),
    ("1 MB header", lambda: exchange(get(PATH, "X-Big: " + "b" * 1_000_000 + "\r\n"))),
    ("10,000 headers", lambda: exchange(get(PATH, "".join(f"X-{i}: v\r\n" for i in range(10_000))))),
    ("Range bytes=0-10", lambda: exchange(get(PATH, "Range: bytes=0-10\r\n"))),
    ("Range bytes=-5", lambda: exchange(get(PATH, "Range: bytes=-5\r\n"))),
    ("Range past the end", lambda: exchange(get(PATH, "Range: bytes=999999999-\r\n"))),
    ("Range garbage", lambda: exchange(get(PATH, "Range: bytes=abc,-,5-1\r\n"))),
    ("HTTP/1.0 without Host", lambda: exchange(f"GET {PATH} HTTP/1.0\r\n\r\n".encode())),
    ("HTTP/0.9 style", lambda: exchange(f"GET {PATH}\r\n\r\n".encode())),
    ("unknown method", lambda: exchange(f"BREW {PATH} HTTP/1.1\r\nHost: x\r\n\r\n".encode())),
    ("POST with a body", lambda: exchange(f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello".encode())),
    ("lying Content-Length", lambda: exchange(f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 99999\r\n\r\nhi".encode(), timeout=3)),
    ("NUL in the request line", lambda: exchange(b"GET /\x00/ HTTP/1.1\r\nHost: x\r\n\r\n")),
    ("binary garbage", lambda: exchange(bytes(range(256)) * 64)),
    ("request cut mid-line", lambda: exchange(b"GET /index.ht", read=False)),
    ("absolute-form target", lambda: exchange(b"GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n")),
    ("pipelining", pipelined),
    ("slow clients", slow_client),
    ("event streams opened and dropped", many_event_streams),
]


def main():
    global PORT, PATH
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", default="/")
    arguments = parser.parse_args()
    PORT, PATH = arguments.port, arguments.path
    if not alive():
        sys.exit("the server does not answer before the first case")
    failed = 0
    for name, case in CASES:
        result = case()
        ok = alive()
        failed += not ok
        print(f"{'ok  ' if ok else 'DOWN'} {name}: {result}")
    print(f"{len(CASES) - failed} of {len(CASES)} cases left the server answering")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
