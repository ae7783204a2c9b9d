# The two set-up commands of the README: `make run` and `make test`. Both install what is missing first.
SWIFT ?= swift
# The release build is fully static (see Package.swift): it links libedit.a and the archives libedit needs,
# libtinfo.a, libbsd.a and libmd.a, from these -dev packages (libedit-dev pulls them in too).
BUILD_PACKAGES = libedit-dev libncurses-dev libbsd-dev libmd-dev pkg-config
# LibreOffice is not among them: libreoffice-calc-nogui is 56 more packages (193 MB) and took 1 min 42 s to install
# here, for one 4-second test. BallotTests reads a ballot LibreOffice saved (Tests/EndToEndTests/Fixtures) everywhere
# and runs the live round trip through soffice only where it is installed.
TEST_PACKAGES = tmux cmark-gfm chromium pandoc librsvg2-bin poppler-utils
BENCH_PACKAGES = sqlite3 hyperfine time
RELEASE_FLAGS = -c release --static-swift-stdlib
RELEASE_BIN = .build/release/swot

.PHONY: run test eval build release bench report-picture deps deps-test deps-bench clean

## Build in release mode and start the REPL on ./workspaces (the shipped example plans).
run: release
	$(RELEASE_BIN)

## Build everything and run every test (unit, pipe and tmux end-to-end).
test: deps deps-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Only the evaluation suites: matcher top-1/top-3 (tuning and locked sets), strategy pairing recall, fit, items
## left out, duplicates, Medan leave-one-paper-out. They print figures and assert only that the data is well formed.
eval: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter 'MatcherEvaluation|StrategyEvaluation'

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

## Figures for speed and memory against baselines; writes BENCHMARKS.md.
bench: release deps-bench
	scripts/bench.sh $(RELEASE_BIN)

## Page 1 of the Medan plan's HTML report as docs/report-page-1.png, the README's picture.
report-picture: release deps-test
	scripts/report-picture.sh $(RELEASE_BIN)

deps:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)

deps-test:
	@scripts/ensure-packages.sh $(TEST_PACKAGES)

deps-bench:
	@scripts/ensure-packages.sh $(BENCH_PACKAGES)

clean:
	rm -rf .build
