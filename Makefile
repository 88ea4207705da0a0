# Parallax: the targets a user types. `make demo` and `make test` install what is missing first
# (scripts/setup.sh: silent when everything is present).
PORT ?= 8000
WASM_ENV := $(or $(WASM_TOOLS_DIR),$(HOME)/.cache/wasm-toolchain)/bin/wasm-env
WASM_PACK := $(WASM_ENV) wasm-pack
# wasm-pack must never download: the setup installed the exact wasm-bindgen and wasm-opt.
NO_INSTALL := --mode no-install

.PHONY: setup build demo test fmt lint unit wasm-test e2e node-test bench

setup:
	@bash scripts/setup.sh

build: setup
	@echo "== wasm-pack build (release, wasm-opt)"
	@$(WASM_PACK) build $(NO_INSTALL) --target web --release --out-dir pkg

demo: build
	@node scripts/serve.mjs $(PORT)

test: setup fmt lint unit build wasm-test e2e
	@echo "== make test: all passed"

fmt:
	@echo "== cargo fmt --check"
	@cargo fmt --all -- --check

lint:
	@echo "== cargo clippy (native, then wasm32)"
	@cargo clippy --quiet --all-targets -- -D warnings
	@$(WASM_ENV) cargo clippy --quiet --target wasm32-unknown-unknown --lib --tests -- -D warnings

unit:
	@echo "== cargo test (unit, integration, doc tests)"
	@cargo test --quiet

wasm-test:
	@echo "== wasm-pack test --headless --chrome (JS API in headless Chromium)"
	@$(WASM_PACK) test $(NO_INSTALL) --headless --chrome -- --test web

e2e:
	@echo "== e2e (playwright-core + Debian Chromium)"
	@node e2e/run.mjs

bench:
	@cargo bench --bench compare
