"""The record of one ``arkg build``: a ``Build`` node, exported as a ``prov:Activity``.

Written by the command at the end of a build (not by :func:`graph.build.build`, so that building
stays idempotent: the same inputs give the same graph, and only the command leaves a dated record).
The record names the software and its version, start and end times (UTC), every input file with
the SHA-1 of its bytes (documents and reference tables), and the documents whose versions it loaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from graph.build import BuildReport
from graph.records import Batch, Node
from graph.stores.base import Store
from ingest.authority import PACKAGE_DIR as AUTHORITY_DIR

SOFTWARE = "arkg"


def software() -> str:
    """``arkg <version>`` as installed (the package metadata, not a copy of it)."""
    try:
        return f"{SOFTWARE} {metadata.version(SOFTWARE)}"
    except metadata.PackageNotFoundError:
        return SOFTWARE


def sha1_file(path: Path) -> str:
    digest = hashlib.sha1()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build_record(report: BuildReport, started: datetime, ended: datetime, files: Iterable[Path]) -> Node:
    """The Build node of one run; its id is its start time to the second (UTC)."""
    inputs = [*sorted(AUTHORITY_DIR.glob("*.csv")), *files]
    id_ = f"build/{started.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return Node(id_, "Build", {
        "id": id_,
        "software": software(),
        "started": _stamp(started),
        "ended": _stamp(ended),
        "inputs": [f"{sha1_file(p)} {_shown(p)}" for p in inputs],
        "generated": sorted(set(report.loaded)),
    })


def record_build(store: Store, report: BuildReport, started: datetime, ended: datetime,
                 files: Iterable[Path]) -> str:
    node = build_record(report, started, ended, files)
    store.write_batch(Batch(nodes=[node]))
    return node.id


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _shown(path: Path) -> str:
    """A path as the user would write it: relative to the working folder when it lies inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
