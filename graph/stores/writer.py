"""Turning a :class:`Batch` into parameterised ``UNWIND`` statements, the same for every store.

Labels and relationship types are written into the query text, so they come only from the
model's whitelist; every value travels as a parameter, cleaned of NUL and control characters
(the falkordb client writes parameters into the query text, and a NUL fails the whole query).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from graph.model import Model, model
from graph.records import Batch, Edge, Node

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PARAM = re.compile(r"\$(\w+)")

#: A query composed by ``graph/`` and its parameters.
Statement = tuple[str, dict[str, Any]]


def clean(value: Any) -> Any:
    """A property value fit for any store: no control characters, no nested maps, no None."""
    if isinstance(value, str):
        return _CONTROL.sub("", value)
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
    from graph.stores.base import QueryRefused

    for name in params or {}:
        if not isinstance(name, str) or not _PARAM_NAME.match(name):
            raise QueryRefused(f"parameter name {name!r} is not allowed: use letters, digits and _")
    return {name: clean(value) for name, value in (params or {}).items()}


def clean_props(props: dict[str, Any]) -> dict[str, Any]:
    return {k: c for k, v in props.items() if (c := clean(v)) is not None and c != []}


def node_statements(nodes: list[Node], m: Model | None = None) -> Iterator[tuple[str, list[dict]]]:
    """One statement per label: ``MERGE`` on ``id`` through the ``Entity`` index."""
    m = m or model()
    by_label: dict[str, list[dict]] = defaultdict(list)
    for node in nodes:
        m.check_node(node)
        props = clean_props(node.props)
        props["id"] = clean(node.id)
        by_label[m.safe_label(node.label)].append({"id": props["id"], "props": props})
    for label, rows in by_label.items():
        yield (f"UNWIND $rows AS r MERGE (n:Entity:{label} {{id: r.id}}) SET n += r.props", rows)


def edge_statements(edges: list[Edge], m: Model | None = None) -> Iterator[tuple[str, list[dict]]]:
    """One statement per relationship type: ``MERGE`` on the edge's ``key`` between known nodes."""
    m = m or model()
    by_type: dict[str, list[dict]] = defaultdict(list)
    for edge in edges:
        m.check_edge(edge)
        by_type[m.safe_rel_type(edge.type)].append(
            {"s": clean(edge.source), "t": clean(edge.target), "props": clean_props(edge.all_props())}
        )
    for type_, rows in by_type.items():
        yield (
            "UNWIND $rows AS r MATCH (a:Entity {id: r.s}) MATCH (b:Entity {id: r.t}) "
            f"MERGE (a)-[e:{type_} {{key: r.props.key}}]->(b) SET e += r.props",
            rows,
        )


def batch_statements(batch: Batch, m: Model | None = None) -> Iterator[tuple[str, list[dict]]]:
    """Nodes before edges, so that every edge finds both its ends."""
    yield from node_statements(batch.nodes, m)
    yield from edge_statements(batch.edges, m)


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
        parts.append(_PARAM.sub(lambda m, i=i: f"$s{i}_{m.group(1)}", cypher))
        params.update({f"s{i}_{key}": value for key, value in values.items()})
    joined = "".join(f"{part} WITH count(*) AS _{i} " for i, part in enumerate(parts[:-1])) + parts[-1]
    return joined, params
