"""The store protocol: what every store (FalkorDB embedded, Neo4j) offers the rest of arkg.

Callers above ``graph/`` see only this protocol and the plain-Python result shapes below, so
they cannot tell the stores apart (spec/cli.md: nodes as ``{"id", "labels", "properties"}``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from arkg.graph.records import Batch


class StoreError(Exception):
    """A store failed; ``str()`` is one line a user can act on."""


class QueryRefused(StoreError):
    """A console query that is not allowed (writes, ``LOAD CSV``, procedures off the allowlist)."""


class QueryFailed(StoreError):
    """The store rejected a query; the message is the store's own."""


@dataclass(slots=True)
class Result:
    """Rows as plain Python values (JSON-ready), in column order."""

    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False
    elapsed_ms: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)

    def values(self, column: str) -> list[Any]:
        return [row[column] for row in self.rows]


class Store(Protocol):
    """One graph in one store."""

    kind: str
    #: ``write_atomic`` really is all-or-nothing (FalkorDB's single query, a Neo4j transaction),
    #: so a document version without its mark has nothing in the graph.
    atomic: bool

    def ensure_schema(self) -> None:
        """Create the id indexes (and constraints where the store has them) if missing."""

    def write_batch(self, batch: Batch, progress: Any = None) -> int:
        """MERGE the batch's nodes then edges; idempotent. Returns the elements written."""

    def write_atomic(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        """Statements composed by ``graph/`` that take effect all together or not at all."""

    def run_write(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        """A write composed by ``graph/`` itself from whitelisted parts; never user text."""

    def sync(self) -> None:
        """Return once every write so far is durable on disk (a build ends with it)."""

    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        row_limit: int | None = None,
    ) -> Result:
        """A read-only query, enforced by the server; user Cypher goes through here."""

    def stream(self, cypher: str, params: dict[str, Any] | None = None, page: int = 5_000, *,
               key: str | None = None) -> Iterator[dict[str, Any]]:
        """Rows of a read query fetched page by page, for exports (see :func:`pages`)."""

    def stats(self) -> dict[str, dict[str, int]]:
        """``{"nodes": {label: n}, "relationships": {type: n}}`` over the schema's labels/types."""

    def clear(self) -> None:
        """Delete the whole graph."""

    def close(self) -> None: ...


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def pages(read: Callable[[str, dict[str, Any]], Result], cypher: str, params: dict[str, Any] | None, page: int,
          key: str | None) -> Iterator[dict[str, Any]]:
    """The paging every store's ``stream`` does, so they page alike.

    With ``key`` (keyset paging): ``cypher`` returns, ordered on its ``key`` column, the rows (at
    least one each) of the next ``$page`` keys after ``$after`` — ``""`` for the first page, then
    the previous page's last key — so with an index on the key every page costs about the same,
    however far into the graph on Neo4j; FalkorDB, without an ordered index scan, sorts every key
    after ``$after`` for each page (see :func:`by_ids`). Without: ``SKIP``/``LIMIT`` is appended, and
    each page walks past every row before it (quadratic over a large graph).
    """
    after, skip = "", 0
    values: dict[str, Any]
    while True:
        if key is None:
            query, values = f"{cypher} SKIP $__skip LIMIT $__limit", {"__skip": skip, "__limit": page}
        else:
            query, values = cypher, {"after": after, "page": page}
        rows = read(query, {**(params or {}), **values}).rows
        yield from rows
        if len(rows) < page:  # fewer rows than keys asked for: no keys left
            return
        skip += page
        after = rows[-1][key] if key is not None else after


#: The ids of the entities after ``$after``, in order, ``$page`` at a time (keyset-paged). Ids alone, so
#: pages can be large: each page sorts every id after ``$after`` (FalkorDB has no ordered index scan),
#: and paging whole rows that way made a sweep of the graph quadratic (294 pages of 500 nodes at 10 000
#: documents, half of an export's time).
ENTITY_IDS = "MATCH (n:Entity) WHERE n.id > $after WITH n.id AS id ORDER BY id LIMIT $page RETURN id"
#: Ids per page of :data:`ENTITY_IDS` (a few MB).
ID_PAGE = 50_000


def by_ids(store: Store, cypher: str, params: dict[str, Any] | None = None, page: int = 5_000,
           ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of ``cypher`` for every entity, in id order (or for ``ids``, in their order), ``page`` ids per read.

    ``cypher`` takes ``$ids`` (``UNWIND $ids AS i MATCH (n:Entity {id: i})`` finds each by the id
    index) and orders its rows by id, so reads of consecutive ids give every row in id order. The
    whole sweep reads each node once, where keyset pages of whole rows sorted the rest of the graph
    for every page.
    """
    every = ids if ids is not None else (row["id"] for row in store.stream(ENTITY_IDS, page=ID_PAGE, key="id"))
    for chunk in chunked(every, page):
        yield from store.read(cypher, {**(params or {}), "ids": chunk}, timeout_ms=0).rows
