"""Turning a :class:`Batch` into parameterised ``UNWIND`` statements, the same for every store.

Labels and relationship types are written into the query text, so they come only from the
model's whitelist; every value travels as a parameter, cleaned of NUL and control characters
(the falkordb client writes parameters into the query text, and a NUL fails the whole query).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from arkg.graph.model import Model, model
from arkg.graph.records import Batch, Edge, Node
from arkg.graph.stores.base import Result, chunked

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PARAM = re.compile(r"\$(\w+)")

#: A query composed by ``graph/`` and its parameters.
Statement = tuple[str, dict[str, Any]]


def clean(value: Any) -> Any:
    """A property value fit for any store: no control characters, no nested maps, no None."""
    if isinstance(value, str):
        return value if value.isprintable() else _CONTROL.sub("", value)  # the check is far cheaper
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple | set):
        items = [clean(v) for v in value if v is not None]
        return [v for v in items if not isinstance(v, list)]
    if value is None:
        return None
    return clean(str(value))


_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def safe_params(params: dict[str, Any] | None) -> dict[str, Any]:
    """Query parameters fit for a store that writes them into the query text (FalkorDB does).

    Values are cleaned; a name that is not a plain identifier is refused, because the name
    itself is written unescaped into the ``CYPHER name=value`` prefix.
    """
    from arkg.graph.stores.base import QueryRefused

    for name in params or {}:
        if not isinstance(name, str) or not _PARAM_NAME.match(name):
            raise QueryRefused(f"parameter name {name!r} is not allowed: use letters, digits and _")
    return {name: param_value(name, value) for name, value in (params or {}).items()}


#: Nesting a parameter value may have (lists and maps inside each other).
MAX_PARAM_DEPTH = 16
_INT64 = (-(2**63), 2**63 - 1)


def param_value(name: str, value: Any, depth: int = 0) -> Any:
    """A query parameter as the store will read it, or a refusal naming what does not fit — never a
    silent change (a huge integer clamped, a map turned into a string, a nested list dropped).
    Strings only lose control characters, which no store can hold."""
    from arkg.graph.stores.base import QueryRefused

    if depth > MAX_PARAM_DEPTH:
        raise QueryRefused(f"parameter {name!r} is nested more than {MAX_PARAM_DEPTH} levels deep")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise QueryRefused(f"parameter {name!r}: {value} is not a finite number")
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if not _INT64[0] <= value <= _INT64[1]:
            raise QueryRefused(f"parameter {name!r}: {value} does not fit a 64-bit integer")
        return value
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list | tuple):
        return [param_value(name, v, depth + 1) for v in value]
    if isinstance(value, dict):
        for key in value:
            if not isinstance(key, str) or not _PARAM_NAME.match(key):
                raise QueryRefused(f"parameter {name!r}: map key {key!r} is not allowed: use letters, digits and _")
        return {k: param_value(name, v, depth + 1) for k, v in value.items()}
    raise QueryRefused(f"parameter {name!r}: a {type(value).__name__} is not a value a query can take")


_SCALARS = (bool, int, float)


def clean_props(props: dict[str, Any]) -> dict[str, Any]:
    """:func:`clean` for every value, without the call for a number or an already clean string (hot in loads)."""
    cleaned: dict[str, Any] = {}
    for key, value in props.items():
        already_clean = (type(value) is str and value.isprintable()) or type(value) in _SCALARS
        if already_clean or ((value := clean(value)) is not None and value != []):
            cleaned[key] = value
    return cleaned


def node_statements(nodes: list[Node], m: Model | None = None) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """One statement per label: ``MERGE`` on ``id`` through the ``Entity`` index."""
    m = m or model()
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in nodes:
        m.check_node(node)
        props = clean_props(node.props)
        props["id"] = clean(node.id)
        for key in m.date_keys & props.keys():
            if props[key] == "":  # no date known: not a date value
                del props[key]
        by_label[m.safe_label(node.label)].append({"id": props["id"], "props": props})
    for label, rows in by_label.items():
        dates = as_dates("n", "r.props", {key for row in rows for key in row["props"]} & m.date_keys)
        yield (f"UNWIND $rows AS r MERGE (n:Entity:{label} {{id: r.id}}) SET n += r.props{dates}", rows)


def as_dates(node: str, props: str, keys: Iterable[str]) -> str:
    """``SET`` items that store the date-valued ``keys`` as the store's native ``date``.

    Rows carry dates as ISO strings (checked by the model), since the FalkorDB client can pass
    no date parameter; ``date()`` turns them into dates on both stores, so that comparisons and
    ``min``/``max`` work on dates everywhere. A row without the key keeps the node's value, as
    ``SET n += …`` does.
    """
    return "".join(f", {node}.{key} = coalesce(date({props}.{key}), {node}.{key})" for key in sorted(keys))


def edge_statements(edges: list[Edge], m: Model | None = None, *, create: bool = False
                    ) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """One statement per relationship type: ``MERGE`` on the edge's ``key`` between known nodes.

    ``create`` is for edges known to be new (a first load of a document version, whose evidence
    cannot be in the graph yet): ``CREATE`` skips the search for an existing edge, about a third
    of the server's time for a document.
    """
    m = m or model()
    write = ("CREATE (a)-[e:{0}]->(b) SET e = r.props" if create
             else "MERGE (a)-[e:{0} {{key: r.props.key}}]->(b) SET e += r.props")
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for edge in edges:
        m.check_edge(edge)
        by_type[m.safe_rel_type(edge.type)].append(
            {"s": clean(edge.source), "t": clean(edge.target), "props": clean_props(edge.all_props())}
        )
    for type_, rows in by_type.items():
        yield "UNWIND $rows AS r MATCH (a:Entity {id: r.s}) MATCH (b:Entity {id: r.t}) " + write.format(type_), rows


def batch_statements(batch: Batch, m: Model | None = None) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Nodes before edges, so that every edge finds both its ends."""
    yield from node_statements(batch.nodes, m)
    yield from edge_statements(batch.edges, m)


def packed(statements: Iterable[tuple[str, list[dict[str, Any]]]], size: int) -> Iterator[tuple[list[Statement], int]]:
    """``rows`` statements as groups of at most ``size`` rows in all, each group one query's worth.

    A long statement is split; short ones share a group, so a small batch is one round trip.
    """
    group: list[Statement] = []
    rows = 0
    for cypher, all_rows in statements:
        for chunk in chunked(all_rows, size):
            if group and rows + len(chunk) > size:
                yield group, rows
                group, rows = [], 0
            group.append((cypher, {"rows": chunk}))
            rows += len(chunk)
    if group:
        yield group, rows


def stats_queries(m: Model | None = None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Count queries per label and per relationship type, from the whitelist."""
    m = m or model()
    nodes = [(label, f"MATCH (n:{m.safe_label(label)}) RETURN count(n) AS c") for label in sorted(m.labels)]
    rels = [
        (type_, f"MATCH ()-[e:{m.safe_rel_type(type_)}]->() RETURN count(e) AS c")
        for type_ in sorted(m.relationship_types)
    ]
    return nodes, rels


def chain(statements: list[Statement]) -> Statement:
    """Several statements as ONE query, which FalkorDB runs (and rolls back) as a unit.

    ``WITH count(*)`` between the parts resets the row count to one, so a part that matches
    nothing does not stop the parts after it; parameters are renamed apart.
    """
    parts: list[str] = []
    params: dict[str, Any] = {}
    for i, (cypher, values) in enumerate(statements):
        parts.append(_PARAM.sub(partial(_renamed, i), cypher))
        params.update({f"s{i}_{key}": value for key, value in values.items()})
    joined = "".join(f"{part} WITH count(*) AS _{i} " for i, part in enumerate(parts[:-1])) + parts[-1]
    return joined, params


def _renamed(i: int, m: re.Match[str]) -> str:
    """A parameter of the ``i``-th joined statement, renamed apart from the others'."""
    return f"$s{i}_{m.group(1)}"


def schema_stats(read: Callable[[str], Result]) -> dict[str, dict[str, int]]:
    """``Store.stats`` for every store: counts per label and type of the schema, zeros left out."""
    nodes_q, rels_q = stats_queries()
    nodes = {label: read(q).rows[0]["c"] for label, q in nodes_q}
    rels = {type_: read(q).rows[0]["c"] for type_, q in rels_q}
    return {
        "nodes": {k: v for k, v in nodes.items() if v},
        "relationships": {k: v for k, v in rels.items() if v},
    }
