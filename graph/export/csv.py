"""The graph as two CSV tables, ``nodes.csv`` and ``relationships.csv`` (spreadsheets, pandas).

Properties go in one JSON column each: the key set differs by label, and a fixed column list
would need a pass over the whole graph before the first row could be written.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from arkg.graph.export.source import View, nodes, relationships
from arkg.graph.stores.base import Store

NODE_COLUMNS = ["id", "label", "name", "properties"]
RELATIONSHIP_COLUMNS = ["source", "type", "target", "properties"]


def node_rows(store: Store, view: View | None = None) -> Iterator[list[str]]:
    for node in nodes(store, view=view):
        props = {k: v for k, v in node.props.items() if k != "id"}
        yield [node.id, node.label, str(props.get("name", "")), json.dumps(props, ensure_ascii=False, sort_keys=True)]


def relationship_rows(store: Store, view: View | None = None) -> Iterator[list[str]]:
    for edge in relationships(store, view=view):
        yield [edge.source, edge.type, edge.target, json.dumps(edge.props, ensure_ascii=False, sort_keys=True)]


def _write(out: IO[str], columns: list[str], rows: Iterator[list[str]]) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def export_csv(store: Store, target: Path, view: View | None = None) -> tuple[int, int]:
    """A folder gets the two files; any other path a zip holding them (of the graph or of ``view``).

    Returns (nodes, relationships).
    """
    tables = (("nodes.csv", NODE_COLUMNS, node_rows), ("relationships.csv", RELATIONSHIP_COLUMNS, relationship_rows))
    counts = []
    if target.is_dir():
        for name, columns, rows in tables:
            with open(target / name, "w", encoding="utf-8", newline="") as out:
                counts.append(_write(out, columns, rows(store, view)))
    else:
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, columns, rows in tables:
                with archive.open(name, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as out:
                    counts.append(_write(out, columns, rows(store, view)))
    return counts[0], counts[1]
