# The two entry points README.md gives for a fresh machine.
.PHONY: explore test lint

# Set up, build the graph from the sample corpus, open the explorer on http://127.0.0.1:8501
explore:
	./scripts/setup.sh
	.venv/bin/arkg build
	.venv/bin/arkg explore

# Set up (with test tools, Chromium, CJK fonts, rapper, Java + Maven) and run the whole test suite on
# FalkorDB (or on the stores ARKG_TEST_STORE names), then the store contract, the saved questions and
# the pipeline on FalkorDB and a real Neo4j 5 side by side. Every store test on both stores
# (ARKG_TEST_STORE=falkordb,neo4j) was on course for about two hours on 2 cores, more than CI allows.
TEST_STORE ?= $(or $(ARKG_TEST_STORE),falkordb)
test:
	./scripts/setup.sh --test
	.venv/bin/ruff check .
	.venv/bin/lint-imports --no-cache
	.venv/bin/mypy
	.venv/bin/python -m tests.neo4j_server --build
	ARKG_TEST_STORE=$(TEST_STORE) .venv/bin/python -m pytest -q -rs
	ARKG_TEST_STORE=falkordb,neo4j .venv/bin/python -m pytest -q -rs tests/graph/stores tests/queries tests/pipeline

lint:
	.venv/bin/ruff check .
	.venv/bin/lint-imports --no-cache
	.venv/bin/mypy
