"""CSV export: nodes.csv and relationships.csv, as a zip or into a folder."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

from arkg.graph.export.csv import export_csv
from arkg.graph.stores.base import Store
from tests.graph.export.handmade import DOC, handmade_batch


def test_csv_zip_and_folder_hold_the_same_tables(store: Store, tmp_path: Path) -> None:
    store.write_batch(handmade_batch())
    archive = tmp_path / "graph.zip"
    assert export_csv(store, archive) == (10, 9)
    folder = tmp_path / "tables"
    folder.mkdir()
    assert export_csv(store, folder) == (10, 9)
    with zipfile.ZipFile(archive) as z:
        for name in ("nodes.csv", "relationships.csv"):
            assert z.read(name) == (folder / name).read_bytes()
        nodes = list(csv.DictReader(io.StringIO(z.read("nodes.csv").decode())))
    doc = next(row for row in nodes if row["id"] == DOC)
    assert doc["label"] == "Document"
    assert json.loads(doc["properties"])["languages"] == ["zh", "en"]
