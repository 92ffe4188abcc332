# `make site` and `make test` each do all set-up on a fresh Debian machine that has only the
# Swift toolchain: they install the missing apt packages (with sudo when not root), then build.

SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm
TEST_APT_PACKAGES := libjs-katex
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PREFIX ?= /usr/local

.PHONY: setup setup-test site serve install test check plugin-test bench clean

setup:
	@missing=""; for p in $(APT_PACKAGES) $(EXTRA_APT); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

setup-test:
	@$(MAKE) --no-print-directory setup EXTRA_APT="$(TEST_APT_PACKAGES)"

# Build the flagship site into site/ with a release build of lemma.
site: setup
	$(SWIFT) build -c release --product lemma
	.build/release/lemma build

# Build and preview the flagship on http://127.0.0.1:8000 (Ctrl-C stops it).
serve: setup
	$(SWIFT) build -c release --product lemma
	.build/release/lemma serve

# Install the release lemma into $(PREFIX)/bin (the theme and Notebook are compiled in).
install: setup
	$(SWIFT) build -c release --product lemma
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/lemma $(DESTDIR)$(PREFIX)/bin/lemma

# The SwiftPM command plugin, in a throwaway package that depends on this one (slow: it builds
# Lemma and its dependencies inside that package).
plugin-test: setup
	Scripts/plugin-test.sh

# Unit, fixture and conformance tests (one debug build), then `lemma check` over content/:
# every seed-reading article program with 16 seeds, and warnings (hand-typed numbers) as errors.
test: setup-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	.build/debug/lemma check --seeds 16 --strict

check: setup
	$(SWIFT) build --product lemma
	.build/debug/lemma check

# Benchmarks (not part of CI): see Benchmarks/README.md.
bench: setup
	Benchmarks/run-build-benchmark.sh

clean:
	rm -rf .build .lemma site
