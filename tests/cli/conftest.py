"""The Bolt server fixture of the store tests, for running the CLI on the Neo4j store too."""

from tests.graph.stores.conftest import bolt_server  # noqa: F401 - a fixture, used by name
