# The two entry points README.md gives for a fresh machine.
.PHONY: explore test lint

# Set up, build the graph from the sample corpus, open the explorer on http://127.0.0.1:8501
explore:
	./scripts/setup.sh
	.venv/bin/arkg build
	.venv/bin/arkg explore

# Set up (with test tools, Chromium, CJK fonts, rapper, Java + Maven) and run the whole test suite,
# every store test on FalkorDB and on a real Neo4j 5 (ARKG_TEST_STORE=falkordb or neo4j: one of them)
test:
	./scripts/setup.sh --test
	.venv/bin/ruff check .
	.venv/bin/lint-imports --no-cache
	.venv/bin/mypy
	.venv/bin/python -m tests.neo4j_server --build
	.venv/bin/python -m pytest -q -rs

lint:
	.venv/bin/ruff check .
	.venv/bin/lint-imports --no-cache
	.venv/bin/mypy
