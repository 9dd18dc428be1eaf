# Claimwire. `make help` lists the targets.
SWIFT        ?= swift
RELEASE_BIN  := .build/release
DEBUG_BIN    := .build/debug
CORPUS       ?= ../shared/corpus
BENCH_OUT    := .build/bench

.PHONY: help setup build release test bench format lint demo up soak fuzz score clean

help: ## this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

setup: ## install the system packages a fresh Debian machine lacks (libzstd-dev, sqlite)
	@bash scripts/setup.sh

build: ## debug build of everything
	$(SWIFT) build

release: ## release build of the executables
	$(SWIFT) build -c release

test: ## the whole test suite (unit, service, end-to-end on loopback)
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel --num-workers 2

bench: release ## benchmarks (release build); figures in .build/bench/*.json
	@mkdir -p $(BENCH_OUT)
	$(RELEASE_BIN)/claimwire-bench all --corpus $(CORPUS) --out $(BENCH_OUT)

format: ## rewrite sources with swift format
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

lint: ## swift format lint, strict
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

score: release ## analyze the dev corpus in-process and score it
	$(RELEASE_BIN)/claimwire analyze $(CORPUS)/*.txt --export json > $(BENCH_OUT)-export.json
	python3 ../shared/eval/score.py $(BENCH_OUT)-export.json $(CORPUS)

demo: setup release ## start aggregator + 2 extractors, send samples/, show the story page
	@bash scripts/demo.sh

up: release ## the services in the foreground, data in ./data, until Ctrl-C
	@bash scripts/up.sh

soak: release ## kill -9, partitions, stall, load (long; SOAK_QUICK=1: under 2 min)
	@bash scripts/soak.sh

fuzz: ## libFuzzer on the frame decoder and the article reader (FUZZ_SECONDS each, 60)
	@bash scripts/fuzz.sh

clean:
	rm -rf .build
