#!/usr/bin/env python3
"""Writes seed inputs for one fuzz target into a folder (one file per input).

Sources: the GFM spec examples (../shared/conformance, when present), the flagship articles,
the test fixtures' Markdown, the TeX corpus of the tests, and the cell options and
configuration snippets the tests use. Usage: fuzz/seed.py TARGET FOLDER
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def markdown_files():
    for folder in ("content", "Tests"):
        yield from sorted((ROOT / folder).rglob("*.md"))


def spec_examples():
    for name in ("spec.txt", "extensions.txt", "regression.txt"):
        path = ROOT.parent / "shared" / "conformance" / name
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"^`{32} example[^\n]*\n(.*?)^\.\n", text, re.M | re.S):
            yield match.group(1).replace("→", "\t").encode()


def tex_entries():
    for name in ("equations.txt", "errors.txt"):
        path = ROOT / "Tests" / "LemmaTeXTests" / "Corpus" / name
        blocks = path.read_text(encoding="utf-8").split("@")
        for block in blocks[1:]:
            head, _, body = block.partition("\n")
            style = {"inline": 0, "display": 1, "environment": 2}.get(head.strip(), 0)
            lines = [line for line in body.split("\n") if not line.startswith("! ") and not line.startswith("= ")]
            yield bytes([style]) + "\n".join(lines).strip().encode()
    for path in markdown_files():
        for match in re.finditer(r"\$([^$\n]{1,400})\$", path.read_text(encoding="utf-8")):
            yield b"\x00" + match.group(1).encode()


def config_entries():
    yield (ROOT / "content" / "lemma.yml").read_bytes()
    for path in sorted((ROOT / "Tests").rglob("lemma.yml")):
        yield path.read_bytes()
    for path in markdown_files():
        text = path.read_bytes()
        if text.startswith(b"---\n"):
            end = text.find(b"\n---", 4)
            if end > 0:
                yield text[: end + 5]


def cell_option_entries():
    yield from (b"swift run", b"swift run hide", b"swift run hide no-output", b"swift run expect-error",
                b"swift run timeout=3", b"swift run timeout=0.5 hide", b"swift", b"swift run bogus",
                b"swift run timeout=", b"swift run timeout=-1", b"swift  run   hide")
    for path in markdown_files():
        for match in re.finditer(rb"^```(swift[^\n]*)$", path.read_bytes(), re.M):
            yield match.group(1)


def render_entries():
    yield from spec_examples()
    for path in markdown_files():
        yield path.read_bytes()


SOURCES = {
    "math": render_entries,
    "render": render_entries,
    "tex": tex_entries,
    "config": config_entries,
    "cell-options": cell_option_entries,
}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in SOURCES:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(SOURCES)} FOLDER")
    folder = pathlib.Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for data in SOURCES[sys.argv[1]]():
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        count += 1
    print(f"{count} seeds for {sys.argv[1]} in {folder}")


if __name__ == "__main__":
    main()
