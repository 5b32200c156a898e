"""Neo4j through the official driver: the same graph, the same result shapes as :mod:`graph.stores.falkordb`.

Tested against a real Neo4j 5 (the 5.26 LTS line, Community) that the test suite starts from
``tests/neo4j-server``; see docs/neo4j.md for Desktop, Docker, Aura and clusters.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, TypeVar

import neo4j
from neo4j import exceptions as nx
from neo4j.graph import Node as NNode
from neo4j.graph import Path as NPath
from neo4j.graph import Relationship as NRelationship
from neo4j.time import Date, DateTime, Duration, Time

from arkg.graph.model import model
from arkg.graph.records import Batch
from arkg.graph.settings import Settings
from arkg.graph.stores.base import QueryFailed, Result, StoreError, chunked, pages
from arkg.graph.stores.writer import Statement, batch_statements, safe_params, schema_stats

T = TypeVar("T")

#: Seconds to open a connection, TLS and Bolt handshake included (the driver applies the
#: acquisition timeout to the handshake), so an unreachable host fails in seconds, not minutes.
CONNECT_TIMEOUT_S = 10.0
#: Tries for a unit of work whose connection is lost (the driver's own retries included in each).
TRIES = 3
WRITE_MODE_MESSAGE = "the query writes to the graph; only read queries are allowed here"
NO_REASON = "the server rejected the query (it gave no reason)"
#: What the driver puts in an error the server sent without a message.
_DRIVER_DEFAULT_MESSAGE = "An unknown error occurred"



def _consume(cypher: str, params: dict[str, Any], tx: neo4j.ManagedTransaction) -> neo4j.ResultSummary:
    """Run one write statement in a managed transaction and wait for its summary."""
    return tx.run(cypher, params).consume()

class _TimedOut(QueryFailed):
    """The server stopped a transaction at its time limit."""


def _reason(exc: nx.Neo4jError) -> str | None:
    message = (exc.message or "").strip()
    if not message or message == _DRIVER_DEFAULT_MESSAGE:
        return None
    return message.splitlines()[0]


#: How :meth:`Neo4jStore.clear` deletes a graph: each statement commits every 10 000 rows, so its
#: memory is bounded by the batch, not by a node's degree (400 000 relationships on one hub: 10 s,
#: against 110 s for DETACH DELETE in batches of nodes, on the test server).
CLEAR_BATCHES = (
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
)


class Neo4jStore:
    """One Neo4j database (the server's default one unless NEO4J_DATABASE names another)."""

    kind = "neo4j"
    #: ``write_atomic`` is one write transaction: Neo4j commits it whole or rolls it back.
    atomic = True

    def __init__(self, settings: Settings) -> None:
        if not settings.uri:
            raise StoreError("set NEO4J_URI (or --uri) to use --store neo4j")
        self.settings = settings
        self.uri = settings.uri
        self.user = settings.user or "neo4j"
        auth = (self.user, settings.password) if settings.password is not None else None
        try:
            self.driver = neo4j.GraphDatabase.driver(
                self.uri,
                auth=auth,
                user_agent="arkg",
                connection_timeout=CONNECT_TIMEOUT_S,
                connection_acquisition_timeout=CONNECT_TIMEOUT_S,
                # Neo4j's planner notes (deprecations, unknown property keys) are for Cypher authors;
                # the driver would log each as a warning on the user's terminal.
                notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
            )
        except (ValueError, nx.ConfigurationError) as exc:
            raise StoreError(f"cannot use NEO4J_URI {self.uri}: {exc}") from None
        #: ``None``: the server's default database (``neo4j`` unless its configuration says otherwise).
        self.database = settings.database or None
        try:
            self._connect()
            self._probe_database()
        except BaseException:
            self.driver.close()
            raise

    # -- connecting ---------------------------------------------------------------------------------

    def _connect(self) -> None:
        for attempt in range(TRIES):
            try:
                self.driver.verify_connectivity()
                return
            except nx.AuthError:
                raise StoreError(self._credentials_refused()) from None
            except (nx.ServiceUnavailable, nx.SessionExpired) as exc:
                if attempt == TRIES - 1:
                    raise StoreError(f"cannot reach Neo4j at {self.uri}: {str(exc).splitlines()[0]}") from None
            except nx.Neo4jError as exc:
                raise StoreError(f"Neo4j at {self.uri} refused the connection: {_reason(exc) or exc.code}") from None
            except nx.DriverError as exc:
                raise StoreError(f"cannot connect to Neo4j at {self.uri}: {exc}") from None

    def _credentials_refused(self) -> str:
        return (f"Neo4j at {self.uri} refused the credentials for user {self.user} "
                "(check NEO4J_USERNAME/NEO4J_PASSWORD)")

    def _probe_database(self) -> None:
        """One trivial read in the configured database, so a missing one is named at connect."""
        try:
            with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
                session.execute_read(lambda tx: tx.run("RETURN 1").consume())
        except nx.ClientError as exc:
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreError(f"Neo4j at {self.uri} has no database '{self.database}'") from None
            raise StoreError(f"Neo4j at {self.uri} failed a first query: {_reason(exc) or exc.code}") from None
        except nx.Neo4jError as exc:
            raise StoreError(f"Neo4j at {self.uri} failed a first query: {_reason(exc) or exc.code}") from None
        except (nx.ServiceUnavailable, nx.SessionExpired) as exc:
            raise StoreError(f"cannot reach Neo4j at {self.uri}: {str(exc).splitlines()[0]}") from None

    # -- running work -------------------------------------------------------------------------------

    def _work(self, write: bool, fn: Callable[[neo4j.ManagedTransaction], T]) -> T:
        """A managed transaction (the driver retries transient errors), retried on a lost connection."""
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        for attempt in range(TRIES):
            try:
                with self.driver.session(database=self.database, default_access_mode=mode) as session:
                    return session.execute_write(fn) if write else session.execute_read(fn)
            except (nx.ServiceUnavailable, nx.SessionExpired) as exc:
                if attempt == TRIES - 1:
                    raise StoreError(
                        f"lost the connection to Neo4j at {self.uri} ({TRIES} tries): {str(exc).splitlines()[0]}"
                    ) from None
                time.sleep(0.5 * 2**attempt)
            except nx.Neo4jError as exc:
                if exc.code == "Neo.ClientError.Statement.AccessMode":
                    raise QueryFailed(WRITE_MODE_MESSAGE) from None
                if "TransactionTimedOut" in (exc.code or ""):
                    raise _TimedOut(_reason(exc) or NO_REASON) from None
                raise QueryFailed(_reason(exc) or NO_REASON) from None
        raise AssertionError("unreachable")

    # -- schema and writes --------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """A uniqueness constraint on ``Entity.id`` and an ``id`` index per label before any MERGE, and
        the relationship keys the model declares (``arkg:indexedBy``) for the saved questions, and the
        aggregates' keys (``arkg:aggregate``) the build looks counts up by."""
        labels = [model().safe_label(label) for label in sorted(model().labels)]
        keys = [(model().safe_rel_type(t), key) for t, key in model().relationship_indexes]
        counts = [(model().safe_aggregate_label(a), key) for a, key in model().aggregate_indexes]
        statements = [
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
            *(f"CREATE INDEX {label.lower()}_id IF NOT EXISTS FOR (n:{label}) ON (n.id)" for label in labels),
            *(f"CREATE INDEX {t.lower()}_{key} IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.{key})" for t, key in keys),
            *(f"CREATE INDEX {a.lower()}_{key} IF NOT EXISTS FOR (n:{a}) ON (n.{key})" for a, key in counts),
        ]
        for statement in statements:
            try:
                self._work(True, partial(_consume, statement, {}))
            except QueryFailed as exc:
                # another process created it between IF NOT EXISTS's look and the creation (Neo4j's
                # EquivalentSchemaRuleAlreadyExists: "An equivalent index already exists")
                if "already indexed" not in str(exc) and "equivalent" not in str(exc).lower():
                    raise

    def write_batch(self, batch: Batch, progress: Any = None) -> int:
        written = 0
        for cypher, rows in batch_statements(batch):
            for chunk in chunked(rows, self.settings.batch_size):
                self._work(True, partial(_consume, cypher, {"rows": chunk}))
                written += len(chunk)
                if progress is not None:
                    progress(len(chunk))
        return written

    def write_atomic(self, statements: list[Statement]) -> None:
        """One write transaction: Neo4j commits it whole or rolls it back."""
        if statements:
            self._work(True, lambda tx: [tx.run(cypher, params).consume() for cypher, params in statements])

    def sync(self) -> None:
        """Nothing to wait for: a committed Neo4j transaction is durable."""

    def run_write(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        started = time.perf_counter()
        bound = safe_params(params)
        columns, records = self._work(True, lambda tx: self._fetch(tx, cypher, bound, None))
        return self._result(columns, records, None, started)

    # -- reads ----------------------------------------------------------------------------------------

    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        row_limit: int | None = None,
    ) -> Result:
        started = time.perf_counter()
        bound = safe_params(params)
        timeout = timeout_ms if timeout_ms is not None else self.settings.timeout_ms
        unit = neo4j.unit_of_work(timeout=timeout / 1000 if timeout else None)
        limit = row_limit + 1 if row_limit is not None else None
        try:
            columns, records = self._work(False, unit(lambda tx: self._fetch(tx, cypher, bound, limit, plan=True)))
        except _TimedOut:
            raise QueryFailed(
                f"the query was stopped at the time limit ({timeout} ms); narrow it or raise --timeout-ms"
            ) from None
        return self._result(columns, records, row_limit, started)

    @staticmethod
    def _fetch(tx: neo4j.ManagedTransaction, cypher: str, params: dict[str, Any], limit: int | None, *,
               plan: bool = False) -> tuple[list[str], list[list[Any]]]:
        """Records inside the transaction (they cannot be read after it ends), at most ``limit``.

        With ``plan``, Neo4j first classifies the query's plan (``EXPLAIN`` plans, never runs) in
        the same transaction, and anything but a read (``r``; not ``w``, ``rw`` or ``s``) is
        refused before it runs: the read transaction is the second line, not the only one.
        """
        if plan and tx.run(f"EXPLAIN {cypher}", params).consume().query_type != "r":
            raise QueryFailed(WRITE_MODE_MESSAGE)
        result = tx.run(cypher, params)
        columns = list(result.keys())
        records = [record.values() for record in (result.fetch(limit) if limit is not None else result)]
        result.consume()
        return columns, records

    def stream(self, cypher: str, params: dict[str, Any] | None = None, page: int = 5_000, *,
               key: str | None = None) -> Iterator[dict[str, Any]]:
        return pages(lambda query, values: self.read(query, values, timeout_ms=0), cypher, params, page, key)

    def _result(self, columns: list[str], records: list[list[Any]], row_limit: int | None,
                started: float) -> Result:
        truncated = row_limit is not None and len(records) > row_limit
        if truncated:
            records = records[:row_limit]
        ids = _CanonicalIds(self)
        rows = [{col: ids.convert(value) for col, value in zip(columns, record, strict=False)} for record in records]
        ids.resolve()
        return Result(columns, rows, truncated, (time.perf_counter() - started) * 1000)

    def stats(self) -> dict[str, dict[str, int]]:
        """The counts of ``schema_stats``, all in one read transaction (they are arkg's own queries)."""
        return self._work(False, lambda tx: schema_stats(
            lambda q: Result(["c"], [tx.run(q).single(strict=True).data()])))

    def clear(self) -> None:
        # Relationships first, then nodes, each committed in batches of rows (CALL … IN TRANSACTIONS,
        # so an auto-commit transaction). Batches of DETACH DELETE per node put every relationship of a
        # hub (the Convention, an article thousands of paragraphs cite) into one transaction: at 10 000
        # documents that exceeded the server's transaction memory, and it is ~10x slower (CLEAR_BATCHES).
        try:
            with self.driver.session(database=self.database) as session:
                for statement in CLEAR_BATCHES:
                    session.run(statement).consume()
        except nx.Neo4jError as exc:
            raise QueryFailed(_reason(exc) or NO_REASON) from None
        except (nx.ServiceUnavailable, nx.SessionExpired) as exc:
            raise StoreError(f"lost the connection to Neo4j at {self.uri}: {str(exc).splitlines()[0]}") from None

    def close(self) -> None:
        self.driver.close()


class _CanonicalIds:
    """Relationship ends as canonical ``id`` values, never the server's element ids.

    The driver only knows the properties of nodes the query returned; the other ends are looked
    up afterwards in one query.
    """

    def __init__(self, store: Neo4jStore) -> None:
        self.store = store
        self.known: dict[str, Any] = {}
        self.pending: list[dict[str, Any]] = []

    def convert(self, value: Any) -> Any:
        if isinstance(value, NNode):
            props = {k: self.convert(v) for k, v in value.items()}
            self.known[value.element_id] = props.get("id")
            labels = sorted(value.labels)
            ordered = ["Entity", *(lb for lb in labels if lb != "Entity")] if "Entity" in labels else labels
            return {"id": props.get("id"), "labels": ordered, "properties": props}
        if isinstance(value, NRelationship):
            rel = {"type": value.type, "start": _node_key(value.start_node), "end": _node_key(value.end_node),
                   "properties": {k: self.convert(v) for k, v in value.items()}}
            for end in (value.start_node, value.end_node):
                if end is not None and end.get("id") is not None:
                    self.known[end.element_id] = end["id"]
            self.pending.append(rel)
            return rel
        if isinstance(value, NPath):
            return {"nodes": [self.convert(n) for n in value.nodes],
                    "relationships": [self.convert(r) for r in value.relationships]}
        if isinstance(value, Date | DateTime | Time | Duration):  # before tuple: a Duration is one
            return value.iso_format()
        if isinstance(value, list | tuple):
            return [self.convert(v) for v in value]
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, bytes | bytearray):
            return bytes(value).decode("utf-8", "replace")
        return value

    def resolve(self) -> None:
        missing = sorted({end for rel in self.pending for end in (rel["start"], rel["end"])
                          if end is not None and end not in self.known})
        if missing:
            query = "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id"
            rows = self.store._work(False, lambda tx: list(tx.run(query, {"ids": missing})))
            self.known.update({row["e"]: row["id"] for row in rows})
        for rel in self.pending:
            rel["start"] = self.known.get(rel["start"], rel["start"])
            rel["end"] = self.known.get(rel["end"], rel["end"])


def _node_key(node: NNode | None) -> str | None:
    return node.element_id if node is not None else None
