# Redline — the two commands are `make site` and `make test`.
# Each target first installs what it needs (libcmark-dev through apt-get; sudo only when not root).
SWIFT      ?= swift
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED     ?= ../shared
SITE_DATE  ?=
DATE_FLAG  := $(if $(SITE_DATE),--date $(SITE_DATE),)

.PHONY: site test build release deps bench bench-diff bench-site bench-sitegen-check bench-deps eval validate clean embed-templates embed-lexicons fuzz

## Install libcmark-dev (the only Markdown parser) when pkg-config cannot find it.
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "installing libcmark-dev"; \
	  $(SUDO) apt-get install -y libcmark-dev pkg-config || { $(SUDO) apt-get update && $(SUDO) apt-get install -y libcmark-dev pkg-config; }; }
	@# FlyingFox (redline serve) links FoundationNetworking, which loads libcurl at run time.
	@ldconfig -p 2>/dev/null | grep -q 'libcurl\.so\.4' || { \
	  echo "installing libcurl4"; \
	  $(SUDO) apt-get install -y libcurl4 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y libcurl4; }; }

release: deps
	$(SWIFT) build -c release --product redline

build: deps
	$(SWIFT) build

## Build Redline (release) and the example site in content/ into public/.
site: release
	.build/release/redline build --site . $(DATE_FLAG)

## Run the whole test suite.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Detector quality over the judged pairs in ../shared/corpus/labels-dev.json.
eval: release
	.build/release/redline eval --labels $(SHARED)/corpus/labels-dev.json --corpus $(SHARED)/corpus/real

## Diff throughput over the real corpus beside git diff --word-diff.
bench-diff: release
	scripts/bench-diff.sh $(SHARED)/corpus/real

## Both benchmarks: the diff over the real corpus, and whole builds of synthetic sites.
bench: bench-diff bench-site

## Whole builds of synthetic sites beside cmark, Hugo, a C loop over libcmark and git
## (Benchmarks/, its own package). BENCH_SIZES: "policies locales versions" triples.
BENCH_SIZES  ?= 5,40,5 5,40,50
BENCH_ROUNDS ?= 3
bench-site: release bench-deps
	cd Benchmarks && $(SWIFT) build -c release
	for size in $(BENCH_SIZES); do Benchmarks/bench-site.sh $$(echo $$size | tr , ' ') $(BENCH_ROUNDS) || exit 1; done

## The synthetic site generator's promises: deterministic, every locale's and policy's text
## distinct, translations structurally in line with English (Benchmarks/check-sitegen.sh).
bench-sitegen-check: release
	cd Benchmarks && $(SWIFT) build -c release
	Benchmarks/check-sitegen.sh

## cmark, hugo and GNU time (for peak memory), through apt-get when missing.
bench-deps:
	@command -v cmark >/dev/null && command -v hugo >/dev/null && [ -x /usr/bin/time ] || { \
	  echo "installing cmark hugo time"; \
	  $(SUDO) apt-get install -y cmark hugo time || { $(SUDO) apt-get update && $(SUDO) apt-get install -y cmark hugo time; }; }

## Check public/ with the third-party validators in ../shared/tools.
validate: site
	$(SHARED)/tools/setup_validators.sh
	python3 $(SHARED)/tools/validate_site.py public

## libFuzzer over parse → diff → review (Fuzz/, its own package: never built by make test).
## Seeds: Fuzz/seeds plus windows of the real policies, generated into the git-ignored Fuzz/corpus.
## Crashes land in Fuzz/artifacts/; keep each as a case in Tests/RedlinePublishTests/FuzzRegressionTests.swift.
FUZZ_SECONDS ?= 60
FUZZ_MAX_LEN ?= 4096
FUZZ_FLAGS   := -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
fuzz: deps
	cd Fuzz && nice -n 10 $(SWIFT) build -c release $(FUZZ_FLAGS)
	mkdir -p Fuzz/corpus Fuzz/artifacts
	if [ -d $(SHARED)/corpus/real ]; then python3 Fuzz/make-seeds.py $(SHARED)/corpus/real Fuzz/corpus; fi
	nice -n 15 Fuzz/.build/release/RedlineFuzz Fuzz/corpus Fuzz/seeds -max_total_time=$(FUZZ_SECONDS) \
	  -max_len=$(FUZZ_MAX_LEN) -timeout=30 -rss_limit_mb=3072 -artifact_prefix=Fuzz/artifacts/ -print_final_stats=1

clean:
	rm -rf .build public .redline-cache Fuzz/.build Fuzz/corpus

## Regenerate the default theme embedded in `redline init` (Sources/RedlineScaffold/DefaultTheme/)
## from templates/, after editing templates/. EmbeddedThemeTests fails until you do.
embed-templates:
	python3 scripts/embed-templates.py

## Regenerate Sources/RedlineReview/Embedded/ from the lexicon JSON files (Lexicons/<locale>/<concept>.json).
embed-lexicons:
	python3 scripts/embed-lexicons.py
