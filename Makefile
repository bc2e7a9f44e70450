# Redline — the two commands are `make site` and `make test`.
# Each target first installs what it needs (libcmark-dev through apt-get; sudo only when not root).
SWIFT      ?= swift
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED     ?= ../shared
SITE_DATE  ?=
DATE_FLAG  := $(if $(SITE_DATE),--date $(SITE_DATE),)

.PHONY: site test build release deps bench eval validate clean embed-templates

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
bench: release
	scripts/bench-diff.sh $(SHARED)/corpus/real

## Check public/ with the third-party validators in ../shared/tools.
validate: site
	$(SHARED)/tools/setup_validators.sh
	python3 $(SHARED)/tools/validate_site.py public

clean:
	rm -rf .build public .redline-cache

## Regenerate the default theme embedded in `redline init` (Sources/RedlineScaffold/DefaultTheme/)
## from templates/, after editing templates/. EmbeddedThemeTests fails until you do.
embed-templates:
	python3 scripts/embed-templates.py
