"""Where the graph lives: the embedded FalkorDB server by default, Neo4j for teams and scale."""

from __future__ import annotations

from arkg.graph.settings import Settings
from arkg.graph.stores.base import QueryFailed, QueryRefused, Result, Store, StoreError

__all__ = ["QueryFailed", "QueryRefused", "Result", "Store", "StoreError", "open_store"]


def open_store(settings: Settings) -> Store:
    """The configured store, connected and with its schema (indexes, constraints) in place."""
    if settings.store == "neo4j":
        from arkg.graph.stores.neo4j import Neo4jStore

        store: Store = Neo4jStore(settings)
    else:
        from arkg.graph.stores.falkordb import FalkorDBStore

        store = FalkorDBStore(settings)
    store.ensure_schema()
    return store
