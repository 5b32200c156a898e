"""The record of a build: a ``Build`` node, exported as a ``prov:Activity``.

Written by the command at the end of ``arkg build`` (not by :func:`pipeline.build.build`). The node
is identified by what the build read: the software and the SHA-1 of every input file (documents
and reference tables). Building again from the same inputs gives the same graph, so it updates
the same record (its times are the latest run's) instead of adding one; a build that loaded
nothing generated nothing and writes no record, so a rebuild of an unchanged corpus leaves the
graph (and its export) byte-identical.
The record names the software and version, start and end times (UTC), every input with its hash,
and the documents it covers (loaded, or found unchanged).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from arkg.graph import ids
from arkg.graph.records import Batch, Node
from arkg.graph.stores.base import Store
from arkg.ingest.authority import PACKAGE_DIR as AUTHORITY_DIR
from arkg.pipeline.build import BuildReport

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
    """The Build node of one run, identified by its software and the content of its inputs."""
    inputs = [f"{sha1_file(p)} {_shown(p)}" for p in [*sorted(AUTHORITY_DIR.glob("*.csv")), *files]]
    basis = "\n".join([software(), *sorted(entry.partition(" ")[0] for entry in inputs)])
    id_ = ids.build(hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16])
    return Node(id_, "Build", {
        "id": id_,
        "software": software(),
        "started": _stamp(started),
        "ended": _stamp(ended),
        "inputs": inputs,
        "generated": sorted(set(report.loaded) | set(report.unchanged)),
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
