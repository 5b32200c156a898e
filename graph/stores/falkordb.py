"""The embedded default store: FalkorDB on a unix socket, through the ``falkordb`` client."""

from __future__ import annotations

import contextlib
import datetime
import json
import sys
import time
from collections.abc import Iterator
from functools import lru_cache
from json.encoder import encode_basestring  # C: a quoted string with JSON's escapes
from pathlib import Path
from typing import Any

import redis
from falkordb import Edge as FEdge
from falkordb import FalkorDB
from falkordb import Node as FNode
from falkordb import Path as FPath
from falkordb.graph import Graph
from falkordb.query_result import QueryResult
from redis.backoff import NoBackoff
from redis.retry import Retry

from arkg.graph.guard import with_row_limit
from arkg.graph.model import model
from arkg.graph.records import Batch
from arkg.graph.settings import Settings
from arkg.graph.stores import server
from arkg.graph.stores.base import QueryFailed, Result, StoreError, pages
from arkg.graph.stores.writer import Statement, batch_statements, chain, packed, safe_params, schema_stats


def params_header(params: dict[str, Any] | None) -> str:
    """``CYPHER name=value … `` as FalkorDB reads parameters, written directly as Cypher literals.

    The falkordb client writes this text value by value in Python, a fifth of a load's time and
    more than the parsing of replies. Strings are quoted by the C JSON string encoder (the server
    reads JSON's string escapes), map keys are backtick-quoted names, numbers their ``repr``.
    """
    if not params:
        return ""
    return "CYPHER " + " ".join(f"{name}={cypher_literal(value)}" for name, value in params.items()) + " "


def cypher_literal(value: Any) -> str:
    """A parameter value as a Cypher literal. Hot in loads (every row of every batch), hence the type
    tests inlined for the strings that make most of a row."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        return "{" + ",".join([f"{_map_key(k)}:{encode_basestring(v) if type(v) is str else cypher_literal(v)}"
                               for k, v in value.items()]) + "}"
    if kind is list or kind is tuple:
        return "[" + ",".join([encode_basestring(v) if type(v) is str else cypher_literal(v) for v in value]) + "]"
    if kind is int or kind is float:
        return repr(value)
    if kind is bool:
        return "true" if value else "false"
    if value is None:
        return "null"
    return json.dumps(value, ensure_ascii=False)


@lru_cache(maxsize=4_096)
def _map_key(key: str) -> str:
    """A map key as a quoted Cypher name (a backtick inside is doubled)."""
    return "`" + str(key).replace("`", "``") + "`"


#: How long a build waits at its end for the log to be flushed to disk.
SYNC_TIMEOUT_MS = 10_000
#: How long the client waits for any answer: longer than the longest query the server lets run
#: (``TIMEOUT_MAX``), so only a server that answers nothing at all reaches it — one stuck in the
#: engine's lock cycle under write load (FalkorDB issue #2129), which would otherwise hang arkg forever.
ANSWER_TIMEOUT_S = server.SERVER_LIMITS["TIMEOUT_MAX"] / 1000 + 60


#: How long opening a store waits for its index statements before it asks whether the server is stuck.
SCHEMA_TIMEOUT_S = 30.0


def _say(message: str) -> None:
    """Progress and recovery, on stderr: a command's output stays its result."""
    print(message, file=sys.stderr, flush=True)


def _lost(exc: Exception, data_dir: Path) -> StoreError:
    """The error for a connection that broke or a server that stopped answering."""
    if isinstance(exc, redis.TimeoutError):
        return StoreError(f"FalkorDB answered nothing for {ANSWER_TIMEOUT_S:g} s: the server of {data_dir} is "
                          "stuck; stop it (`arkg db stop`), then run the command again — what was reported "
                          "loaded before is kept")
    return StoreError(f"lost the connection to FalkorDB: {exc}")


class FalkorDBStore:
    """One named graph in the embedded server of a data directory."""

    kind = "falkordb"
    atomic = True

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._connect(server.start(settings.data_dir, progress=_say))

    def _connect(self, state: server.ServerStatus) -> None:
        self.socket = state.socket
        try:
            self.db = FalkorDB(unix_socket_path=str(state.socket), socket_timeout=ANSWER_TIMEOUT_S)
            self.graph = self.db.select_graph(self.settings.graph)
        except redis.RedisError as exc:
            raise StoreError(f"cannot connect to FalkorDB at {state.socket}: {exc}") from None

    # -- schema and writes ----------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Index ``id`` on ``Entity`` and every label before any MERGE (else MERGE scans), and the
        relationship keys the model declares (``arkg:indexedBy``) for the saved questions, and the
        aggregates' keys (``arkg:aggregate``) the build looks counts up by.

        FalkorDB answers an index statement at once (it fills the index in the background), and it is
        here, on a fresh server, that its engine was once caught stuck for good (issue #2129): the
        statements wait SCHEMA_TIMEOUT_S, then a server whose main thread answers nothing either is
        restarted from its files (it logs every write before it answers it, so nothing is lost) and
        the statements run again; one that still answers PING is only busy, and is waited for.
        """
        quick: FalkorDB | None = None
        try:  # the client itself asks the server what it is (INFO) before any statement
            quick = FalkorDB(unix_socket_path=str(self.socket), socket_timeout=SCHEMA_TIMEOUT_S,
                             retry=Retry(NoBackoff(), 0))
            self._create_indexes(quick.select_graph(self.settings.graph))
            return
        except redis.ConnectionError as exc:
            raise _lost(exc, self.settings.data_dir) from None
        except redis.TimeoutError:
            if server.answers(self.settings.data_dir):
                self._create_indexes(self.graph)
                return
        finally:
            if quick is not None:
                quick.connection.close()
        _say(f"FalkorDB answered nothing for {SCHEMA_TIMEOUT_S:g} s (its engine is stuck: FalkorDB issue "
             "#2129); restarting it from its files, which keep every write it acknowledged")
        self.db.connection.close()
        self._connect(server.restart_stuck(self.settings.data_dir, progress=_say))
        self._create_indexes(self.graph)

    def _existing_indexes(self, graph: Graph) -> set[str]:
        try:
            rows = graph.ro_query("CALL db.indexes() YIELD label, properties RETURN label, properties").result_set
        except redis.ResponseError:
            return set()  # an empty graph has no schema yet
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            raise self._no_answer(graph, exc) from None
        return {f"{label}.{prop}" for label, props in rows for prop in props}

    def _create_indexes(self, graph: Graph) -> None:
        """The schema statements ``ensure_schema`` wants that ``graph`` lacks."""
        existing = self._existing_indexes(graph)
        wanted = [(f"{safe}.id", f"CREATE INDEX FOR (n:{safe}) ON (n.id)")
                  for safe in ["Entity", *(model().safe_label(label) for label in sorted(model().labels))]]
        wanted += [(f"{safe}.{key}", f"CREATE INDEX FOR ()-[r:{safe}]-() ON (r.{key})")
                   for safe, key in ((model().safe_rel_type(t), key) for t, key in model().relationship_indexes)]
        wanted += [(f"{safe}.{key}", f"CREATE INDEX FOR (n:{safe}) ON (n.{key})")  # the build's look-ups of counts
                   for safe, key in ((model().safe_aggregate_label(a), key) for a, key in model().aggregate_indexes)]
        for name, statement in wanted:
            if name in existing:
                continue
            try:
                graph.query(statement)
            except redis.ResponseError as exc:
                if "already indexed" not in str(exc):  # else another process created it meanwhile
                    message = str(exc).splitlines()[0]
                    raise StoreError(server.disk_full_hint(message, self.settings.data_dir) or message) from None
            except (redis.ConnectionError, redis.TimeoutError) as exc:
                raise self._no_answer(graph, exc) from None

    def _no_answer(self, graph: Graph, exc: redis.RedisError) -> Exception:
        """The quick client's timeout passes through to ``ensure_schema``, to be diagnosed; any other
        broken or unanswered connection is lost."""
        if graph is not self.graph and isinstance(exc, redis.TimeoutError):
            return exc
        return _lost(exc, self.settings.data_dir)

    def _write(self, cypher: str, params: dict[str, Any] | None = None) -> Any:
        try:
            return self.graph.query(params_header(params) + cypher)
        except redis.ResponseError as exc:
            message = str(exc).splitlines()[0]
            raise StoreError(server.disk_full_hint(message, self.settings.data_dir) or message) from None
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            raise _lost(exc, self.settings.data_dir) from None

    def write_batch(self, batch: Batch, progress: Any = None) -> int:
        """Up to ``batch_size`` rows per query, several statements chained: one round trip each."""
        written = 0
        for statements, rows in packed(batch_statements(batch), self.settings.batch_size):
            self._write(*chain(statements))
            written += rows
            if progress is not None:
                progress(rows)
        return written

    def write_atomic(self, statements: list[Statement]) -> None:
        """One query: FalkorDB applies it whole or rolls it back, and logs it whole.

        Returns only once the write is in the append-only log: FalkorDB answers a write it could
        not log (a full disk) like any other and refuses only the next one, so a document would be
        reported loaded and be gone after a restart.
        """
        if statements:
            self._write(*chain(statements))
            self._require_logged()

    def _require_logged(self) -> None:
        try:
            info = self.db.connection.info("persistence")
        except (redis.RedisError, OSError) as exc:
            raise _lost(exc, self.settings.data_dir) from None
        if info.get("aof_enabled") and info.get("aof_last_write_status") != "ok":
            raise StoreError(
                f"FalkorDB could not write the last change to its log in {self.settings.data_dir} (the disk is "
                "full or failing): it is in memory only and is not counted as loaded; everything reported "
                "loaded before it is on disk. Free some space and run the command again")

    def sync(self) -> None:
        """Wait until every write so far is flushed to disk (fsync), not only handed to the OS."""
        if not self.db.connection.info("persistence").get("aof_enabled"):
            return
        try:
            local, _ = self.db.connection.execute_command("WAITAOF", 1, 0, SYNC_TIMEOUT_MS)
        except redis.ResponseError as exc:
            raise StoreError(server.disk_full_hint(str(exc), self.settings.data_dir) or str(exc)) from None
        if local < 1:
            raise StoreError(f"FalkorDB did not confirm within {SYNC_TIMEOUT_MS} ms that the loaded documents "
                             f"are on disk in {self.settings.data_dir}; check the disk and run `arkg build` again")

    def run_write(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        started = time.perf_counter()
        result = self._write(cypher, safe_params(params) or None)
        return self._result(result, None, started)

    # -- reads ------------------------------------------------------------------------------------

    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        row_limit: int | None = None,
    ) -> Result:
        started = time.perf_counter()
        timeout = timeout_ms if timeout_ms is not None else self.settings.timeout_ms
        try:
            query = cypher if row_limit is None else with_row_limit(cypher, row_limit + 1)
            response = self.graph.execute_command("GRAPH.RO_QUERY", self.graph.name,
                                                  params_header(safe_params(params)) + query, "--compact",
                                                  "timeout", timeout)
            plain = _plain_rows(response)
            raw = QueryResult(self.graph, response) if plain is None else None  # raises the server's errors
        except redis.ResponseError as exc:
            message = str(exc).splitlines()[0]
            if "read-only" in message:
                message = "the query writes to the graph; only read queries are allowed here"
            elif "timed out" in message.lower():
                message = f"the query was stopped at the time limit ({timeout} ms); narrow it or raise --timeout-ms"
            elif "TIMEOUT_MAX" in message:
                message = f"--timeout-ms is at most {server.SERVER_LIMITS['TIMEOUT_MAX']} (the server's limit)"
            elif "mem consumption" in message:
                capacity = server.SERVER_LIMITS["QUERY_MEM_CAPACITY"] >> 20
                message = f"the query needs more than the server's {capacity} MB per query; narrow it"
            raise QueryFailed(message) from None
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            raise _lost(exc, self.settings.data_dir) from None
        if plain is not None:
            columns, rows = plain
            truncated = row_limit is not None and len(rows) > row_limit
            return Result(columns, rows[:row_limit] if truncated else rows, truncated,
                          (time.perf_counter() - started) * 1000)
        return self._result(raw, row_limit, started)

    def stream(self, cypher: str, params: dict[str, Any] | None = None, page: int = 5_000, *,
               key: str | None = None) -> Iterator[dict[str, Any]]:
        return pages(lambda query, values: self.read(query, values, timeout_ms=0), cypher, params, page, key)

    def _result(self, raw: Any, row_limit: int | None, started: float) -> Result:
        header = [h[1] if isinstance(h, list | tuple) else h for h in (raw.header or [])]
        columns = [c.decode() if isinstance(c, bytes) else str(c) for c in header]
        records = raw.result_set or []
        truncated = row_limit is not None and len(records) > row_limit
        if truncated:
            records = records[:row_limit]
        ids = _InternalIds(self)
        convert = ids.convert
        # plain values (what exports and saved questions mostly return) are taken as they come
        rows = [{col: value if type(value) in _PLAIN else convert(value)
                 for col, value in zip(columns, record, strict=False)} for record in records]
        ids.resolve()
        elapsed = (time.perf_counter() - started) * 1000
        return Result(columns, rows, truncated, elapsed)

    def stats(self) -> dict[str, dict[str, int]]:
        return schema_stats(self.read)

    def clear(self) -> None:
        with contextlib.suppress(redis.ResponseError):  # no such graph yet
            self.graph.delete()

    def close(self) -> None:
        self.db.connection.close()


#: Values the client returns as callers want them: no node, edge or path to map to canonical ids.
_PLAIN = frozenset({str, int, float, bool, type(None)})

class _NotPlain(Exception):
    """A reply holds a node, an edge, a path, a date or another value the client must decode."""


def _plain_rows(response: list[Any]) -> tuple[list[str], list[dict[str, Any]]] | None:
    """The rows of a compact ``GRAPH.RO_QUERY`` reply whose values are all plain, decoded here, else None.

    Exports and most saved questions return only strings, numbers, lists and maps (``properties(e)``):
    decoded by this one function they cost a third of the client's generic value-by-value parser.
    None (the client decodes it) for an error reply or anything else: nodes, edges, paths, temporal values.
    """
    if any(isinstance(part, redis.ResponseError) for part in (response[0], response[-1])):
        return None
    if len(response) < 3:  # statistics only
        return [], []
    columns = [h[1] if isinstance(h, list | tuple) else h for h in response[0]]
    columns = [c.decode() if isinstance(c, bytes) else str(c) for c in columns]
    try:
        return columns, [dict(zip(columns, [_plain(cell) for cell in record], strict=False))
                         for record in response[1]]
    except _NotPlain:
        return None


def _plain(cell: list[Any]) -> Any:
    """One ``[type, value]`` of the compact protocol (FalkorDB's ``ResultSetScalarTypes``)."""
    kind, value = cell
    if kind == 2:  # string
        return value if type(value) is str else value.decode()
    if kind == 3:  # integer
        return value
    if kind == 10:  # map: key, [type, value], key, …
        return {(value[i] if type(value[i]) is str else value[i].decode()): _plain(value[i + 1])
                for i in range(0, len(value), 2)}
    if kind == 1:  # null
        return None
    if kind == 6:  # array
        return [_plain(v) for v in value]
    if kind == 5:  # double, sent as text
        return float(value)
    if kind == 4:  # boolean, sent as text
        return (value if type(value) is str else value.decode()) == "true"
    raise _NotPlain


#: Temporal values as the falkordb client returns them; read back as ISO 8601 strings, as Neo4j's are.
_TEMPORAL = (datetime.date, datetime.time)  # a datetime.datetime is a datetime.date


def _iso_dates(props: dict[str, Any]) -> dict[str, Any]:
    """A node's or edge's properties with its temporal values (``date()``) as ISO strings."""
    return {k: v.isoformat() if isinstance(v, _TEMPORAL) else v for k, v in props.items()}


class _InternalIds:
    """Maps FalkorDB's internal node ids to canonical ids, so edges read like Neo4j's."""

    def __init__(self, store: FalkorDBStore) -> None:
        self.store = store
        self.known: dict[int, str] = {}
        self.pending: list[dict[str, Any]] = []

    def convert(self, value: Any) -> Any:
        if isinstance(value, FNode):
            self.known[value.id] = value.properties.get("id")
            return {"id": value.properties.get("id"), "labels": list(value.labels or []),
                    "properties": _iso_dates(value.properties)}
        if isinstance(value, FEdge):
            rel = {"type": value.relation, "start": value.src_node, "end": value.dest_node,
                   "properties": _iso_dates(value.properties)}
            self.pending.append(rel)
            return rel
        if isinstance(value, FPath):
            return {"nodes": [self.convert(n) for n in value.nodes()],
                    "relationships": [self.convert(e) for e in value.edges()]}
        if isinstance(value, list):
            return value if all(type(v) in _PLAIN for v in value) else [self.convert(v) for v in value]
        if isinstance(value, dict):  # a map of plain values (properties(n)) is already what callers get
            return value if all(type(v) in _PLAIN for v in value.values()) else \
                {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
        if isinstance(value, _TEMPORAL):
            return value.isoformat()
        return value

    def resolve(self) -> None:
        missing = {end for rel in self.pending for end in (rel["start"], rel["end"])
                   if isinstance(end, int) and end not in self.known}
        if missing:
            raw = self.store.graph.ro_query(
                "MATCH (n) WHERE id(n) IN $ids RETURN id(n), n.id", {"ids": sorted(missing)}
            )
            self.known.update({internal: canonical for internal, canonical in raw.result_set})
        for rel in self.pending:
            rel["start"] = self.known.get(rel["start"], rel["start"])
            rel["end"] = self.known.get(rel["end"], rel["end"])
