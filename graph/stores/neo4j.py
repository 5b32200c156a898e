"""Neo4j through the official driver: the same graph, the same result shapes as :mod:`graph.stores.falkordb`.

Any Bolt server is reachable this way. Besides Neo4j, CI talks to FalkorDB's own Bolt listener
(``BOLT_PORT``), a *peer* that speaks the protocol but not all of Neo4j: it has no Neo4j DDL, no
query classification, no server-side read-only mode, no error messages, no temporal values, and it
splices parameters into the query text in a 4 KB buffer without escaping them. The store detects the
peer once, at connect, and every difference stays inside this module.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import neo4j
from neo4j import exceptions as nx
from neo4j.graph import Node as NNode
from neo4j.graph import Path as NPath
from neo4j.graph import Relationship as NRelationship
from neo4j.time import Date, DateTime, Duration, Time

from graph.guard import check_read_only
from graph.model import model
from graph.records import Batch
from graph.settings import Settings
from graph.stores.base import QueryFailed, Result, StoreError, chunked, pages
from graph.stores.writer import Statement, batch_statements, safe_params, schema_stats

T = TypeVar("T")

#: Seconds to open a connection, TLS and Bolt handshake included. The driver applies the
#: acquisition timeout to the handshake; FalkorDB's Bolt listener leaves the first connection
#: after another client's clean close unanswered, so a long wait here costs every connect.
CONNECT_TIMEOUT_S = 10.0
#: Tries for a unit of work whose connection is lost (the driver's own retries included in each).
TRIES = 3
WRITE_MODE_MESSAGE = "the query writes to the graph; only read queries are allowed here"
NO_REASON = "the server rejected the query (it gave no reason)"
#: What the driver puts in an error the server sent without a message.
_DRIVER_DEFAULT_MESSAGE = "An unknown error occurred"
#: Parameter bytes per statement on the FalkorDB Bolt peer: it splices parameters into a fixed
#: 4096-byte buffer, and a longer payload crashes the server.
PEER_PARAM_BYTES = 3_000


class _TimedOut(QueryFailed):
    """The server stopped a transaction at its time limit."""


def _reason(exc: nx.Neo4jError) -> str | None:
    message = (exc.message or "").strip()
    if not message or message == _DRIVER_DEFAULT_MESSAGE:
        return None
    return message.splitlines()[0]


def _peer_escape(value: Any) -> Any:
    """Strings as FalkorDB's Bolt listener must receive them: it pastes them between ``'…'``.

    Its parser reads ``\\\\`` as a backslash and ``\\'`` as a quote, so escaping those two
    characters makes every string survive the round trip (measured: quotes, backslashes,
    newlines, Chinese, emoji).
    """
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list | tuple):
        return [_peer_escape(v) for v in value]
    if isinstance(value, dict):
        return {k: _peer_escape(v) for k, v in value.items()}
    return value


def _payload_bytes(value: Any) -> int:
    """About what the peer's parameter buffer takes for a value (its map syntax is JSON-sized)."""
    return len(json.dumps(value, ensure_ascii=False).encode("utf-8"))


class Neo4jStore:
    """One Neo4j database (or one FalkorDB graph behind its Bolt listener)."""

    kind = "neo4j"

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
            )
        except (ValueError, nx.ConfigurationError) as exc:
            raise StoreError(f"cannot use NEO4J_URI {self.uri}: {exc}") from None
        try:
            self._connect()
            self.peer = self._is_falkordb_peer()
        except BaseException:
            self.driver.close()
            raise
        #: The peer runs a ``write_atomic`` statement by statement (see there).
        self.atomic = not self.peer
        #: On the peer a database is a graph; without NEO4J_DATABASE arkg's graph name is used.
        self.database = settings.database or (settings.graph if self.peer else None)

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
                if _reason(exc) is None:  # the FalkorDB peer answers a refused LOGON this way
                    raise StoreError(self._credentials_refused()) from None
                raise StoreError(f"Neo4j at {self.uri} refused the connection: {_reason(exc)}") from None
            except nx.DriverError as exc:
                raise StoreError(f"cannot connect to Neo4j at {self.uri}: {exc}") from None

    def _credentials_refused(self) -> str:
        return (f"Neo4j at {self.uri} refused the credentials for user {self.user} "
                "(check NEO4J_USERNAME/NEO4J_PASSWORD)")

    def _is_falkordb_peer(self) -> bool:
        """Neo4j lists its components; FalkorDB has no such procedure and fails without a message.

        The probe also runs in the configured database, so a missing one is reported here.
        """
        database = self.settings.database
        try:
            with self.driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
                session.execute_read(lambda tx: tx.run("CALL dbms.components() YIELD name RETURN name").consume())
        except nx.ClientError as exc:
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreError(f"Neo4j has no database '{database}'") from None
            if _reason(exc) is None:
                return True
            raise StoreError(f"Neo4j at {self.uri} failed a first query: {_reason(exc)}") from None
        except nx.Neo4jError as exc:
            if _reason(exc) is None:
                return True
            raise StoreError(f"Neo4j at {self.uri} failed a first query: {_reason(exc)}") from None
        except (nx.ServiceUnavailable, nx.SessionExpired) as exc:
            raise StoreError(f"cannot reach Neo4j at {self.uri}: {str(exc).splitlines()[0]}") from None
        return False

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

    def _bind(self, params: dict[str, Any]) -> dict[str, Any]:
        """Parameters as sent: on the peer escaped and held under its buffer size."""
        if not self.peer:
            return params
        escaped = _peer_escape(params)
        size = _payload_bytes(escaped)
        if size > PEER_PARAM_BYTES:
            raise StoreError(
                f"the query's parameters are {size} bytes; the FalkorDB Bolt peer takes at most "
                f"{PEER_PARAM_BYTES} bytes per statement"
            )
        return escaped

    # -- schema and writes --------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """A uniqueness constraint on ``Entity.id`` and an ``id`` index per label before any MERGE."""
        labels = [model().safe_label(label) for label in sorted(model().labels)]
        if self.peer:
            existing = {f"{row['label']}.{prop}" for row in self.read(
                "CALL db.indexes() YIELD label, properties RETURN label, properties").rows
                for prop in row["properties"]}
            statements = [f"CREATE INDEX FOR (n:{label}) ON (n.id)" for label in ["Entity", *labels]
                          if f"{label}.id" not in existing]
        else:
            statements = [
                "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
                *(f"CREATE INDEX {label.lower()}_id IF NOT EXISTS FOR (n:{label}) ON (n.id)" for label in labels),
            ]
        for statement in statements:
            try:
                self._work(True, lambda tx, s=statement: tx.run(s).consume())
            except QueryFailed as exc:
                if "already indexed" not in str(exc):  # on the peer, another process created it meanwhile
                    raise

    def write_batch(self, batch: Batch, progress: Any = None) -> int:
        written = 0
        for cypher, rows in batch_statements(batch):
            for chunk in self._chunks(rows):
                self._work(True, lambda tx, c=cypher, r=chunk: tx.run(c, {"rows": r}).consume())
                written += len(chunk)
                if progress is not None:
                    progress(len(chunk))
        return written

    def _chunks(self, rows: list[dict]) -> Iterator[list[dict]]:
        """``batch_size`` rows per statement; on the peer also under its parameter buffer."""
        if not self.peer:
            yield from chunked(rows, self.settings.batch_size)
            return
        chunk: list[dict] = []
        size = 0
        for row in rows:
            escaped = _peer_escape(row)
            row_size = _payload_bytes(escaped) + 2
            if row_size > PEER_PARAM_BYTES:
                raise StoreError(self._too_big(row))
            if chunk and (size + row_size > PEER_PARAM_BYTES or len(chunk) >= self.settings.batch_size):
                yield chunk
                chunk, size = [], 0
            chunk.append(escaped)
            size += row_size
        if chunk:
            yield chunk

    @staticmethod
    def _too_big(row: dict) -> str:
        props = row.get("props", {})
        name = max(props, key=lambda k: _payload_bytes(props[k])) if props else "id"
        element = row.get("id") or f"{row.get('s')} -> {row.get('t')}"
        return (f"{element}: property {name} is {_payload_bytes(_peer_escape(props.get(name)))} bytes, too long for "
                f"the FalkorDB Bolt peer ({PEER_PARAM_BYTES} bytes per statement); use Neo4j or the embedded store")

    def write_atomic(self, statements: list[Statement]) -> None:
        """One write transaction: Neo4j commits it whole or rolls it back.

        The peer neither rolls back nor takes large parameters: there ``rows`` statements are
        split like batches and run one after the other, so an interruption can leave part done.
        """
        bound: list[Statement] = []
        for cypher, params in statements:
            if self.peer and isinstance(params.get("rows"), list):
                rest = self._bind({k: v for k, v in params.items() if k != "rows"})
                bound += [(cypher, {**rest, "rows": chunk}) for chunk in self._chunks(params["rows"])]
            else:
                bound.append((cypher, self._bind(params)))
        if bound:
            self._work(True, lambda tx: [tx.run(cypher, params).consume() for cypher, params in bound])

    def sync(self) -> None:
        """Nothing to wait for: a committed Neo4j transaction is durable."""

    def run_write(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        started = time.perf_counter()
        bound = self._bind(safe_params(params))
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
        bound = self._bind(safe_params(params))
        self._require_read_only(cypher, bound)
        timeout = timeout_ms if timeout_ms is not None else self.settings.timeout_ms
        unit = neo4j.unit_of_work(timeout=timeout / 1000 if timeout else None)
        limit = row_limit + 1 if row_limit is not None else None
        try:
            columns, records = self._work(False, unit(lambda tx: self._fetch(tx, cypher, bound, limit)))
        except _TimedOut:
            raise QueryFailed(
                f"the query was stopped at the time limit ({timeout} ms); narrow it or raise --timeout-ms"
            ) from None
        return self._result(columns, records, row_limit, started)

    def _require_read_only(self, cypher: str, params: dict[str, Any]) -> None:
        """Neo4j classifies the plan (older single servers ran writes in read transactions).

        The peer neither classifies (its EXPLAIN runs the query) nor refuses writes in a read
        transaction, so there the console's guard is the enforcement.
        """
        if self.peer:
            check_read_only(cypher)
            return
        summary = self._work(False, lambda tx: tx.run(f"EXPLAIN {cypher}", params).consume())
        if summary.query_type != "r":
            raise QueryFailed(WRITE_MODE_MESSAGE)

    @staticmethod
    def _fetch(tx: neo4j.ManagedTransaction, cypher: str, params: dict[str, Any], limit: int | None
               ) -> tuple[list[str], list[list[Any]]]:
        """Records inside the transaction (they cannot be read after it ends), at most ``limit``."""
        result = tx.run(cypher, params)
        columns = list(result.keys())
        records = [record.values() for record in (result.fetch(limit) if limit is not None else result)]
        result.consume()
        return columns, records

    def stream(self, cypher: str, params: dict[str, Any] | None = None, page: int = 5_000, *,
               key: str | None = None) -> Iterator[dict]:
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
        return schema_stats(self.read)

    def clear(self) -> None:
        if self.peer:
            self._work(True, lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())
            return
        # CALL … IN TRANSACTIONS commits in batches, so it needs an auto-commit transaction.
        try:
            with self.driver.session(database=self.database) as session:
                session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS").consume()
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
            props = dict(value.items())
            self.known[value.element_id] = props.get("id")
            labels = sorted(value.labels)
            ordered = ["Entity", *(lb for lb in labels if lb != "Entity")] if "Entity" in labels else labels
            return {"id": props.get("id"), "labels": ordered, "properties": props}
        if isinstance(value, NRelationship):
            rel = {"type": value.type, "start": _node_key(value.start_node), "end": _node_key(value.end_node),
                   "properties": dict(value.items())}
            for end in (value.start_node, value.end_node):
                if end is not None and end.get("id") is not None:
                    self.known[end.element_id] = end["id"]
            self.pending.append(rel)
            return rel
        if isinstance(value, NPath):
            return {"nodes": [self.convert(n) for n in value.nodes],
                    "relationships": [self.convert(r) for r in value.relationships]}
        if isinstance(value, list | tuple):
            return [self.convert(v) for v in value]
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, Date | DateTime | Time | Duration):
            return value.iso_format()
        if isinstance(value, bytes | bytearray):
            return bytes(value).decode("utf-8", "replace")
        return value

    def resolve(self) -> None:
        missing = sorted({end for rel in self.pending for end in (rel["start"], rel["end"])
                          if end is not None and end not in self.known})
        if missing:
            if self.store.peer:  # FalkorDB's element ids are "node_<id(n)>"; it has no elementId()
                ids = [int(e.rsplit("_", 1)[1]) for e in missing]
                query = "MATCH (n) WHERE id(n) IN $ids RETURN 'node_' + toString(id(n)) AS e, n.id AS id"
            else:
                ids = missing
                query = "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id"
            rows = self.store._work(False, lambda tx: list(tx.run(query, {"ids": ids})))
            self.known.update({row["e"]: row["id"] for row in rows})
        for rel in self.pending:
            rel["start"] = self.known.get(rel["start"], rel["start"])
            rel["end"] = self.known.get(rel["end"], rel["end"])


def _node_key(node: NNode | None) -> str | None:
    return node.element_id if node is not None else None
