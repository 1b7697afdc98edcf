# omvarld task runner. `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
CARGO ?= cargo
FUZZ_SECONDS ?= 60

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

.PHONY: fmt
fmt: ## Format the Rust code
	$(CARGO) fmt --all

.PHONY: lint
lint: ## cargo fmt --check and clippy -D warnings
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --all-features -- -D warnings

.PHONY: schemas
schemas: ## Regenerate the committed JSON Schemas in schemas/
	UPDATE_SCHEMAS=1 $(CARGO) test -q -p omvarld --test schemas

.PHONY: test-rust
test-rust: ## Rust tests (unit, integration, doctests, schema drift, fixtures, property tests)
	$(CARGO) test --workspace --all-features

.PHONY: test
test: lint test-rust ## Everything CI runs

.PHONY: bench
bench: ## Criterion benchmarks (results: BENCHMARKS.md)
	$(CARGO) bench -p omvarld --features testing

.PHONY: stress
stress: ## Slow bad-input and property tests (ignored by default) in release mode
	$(CARGO) test --release -p omvarld --all-features -- --ignored
