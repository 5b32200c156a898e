"""Extraction speed per CPU second, for comparing two trees of arkg on the same machine.

    .venv/bin/python scripts/extraction_speed.py --write-corpus DIR [N]   # N synthetic documents (1 000)
    PYTHONPATH=LINKDIR .venv/bin/python scripts/extraction_speed.py DIR   # LINKDIR/arkg -> a tree of arkg
    OLD=1 PYTHONPATH=TREE .venv/bin/python scripts/extraction_speed.py DIR  # a tree from before the arkg namespace

Prints the CPU-time MB/s per core of ``extract()`` over every ``*.txt`` in DIR (one warm-up document
first), the peak resident memory, and the path of the extractor it imported, so each run shows which
tree it measured. CPU time (``time.process_time``) rather than wall time because the machines these
figures come from are shared: other processes stretch wall time, much less CPU time. Alternate the
trees over several rounds and compare medians; a single round moves by up to ±20 %.

The corpus is written once by one tree, so every tree reads the same bytes (the synthetic
generator itself changes between commits).
"""

from __future__ import annotations

import importlib
import os
import resource
import sys
import time
from pathlib import Path


def write_corpus(folder: Path, count: int) -> None:
    from arkg.bench.corpus import generate

    folder.mkdir(parents=True, exist_ok=True)
    for name, text in generate(count, 0):
        (folder / (name if name.endswith(".txt") else f"{name}.txt")).write_text(text, encoding="utf-8")
    print(f"{count} documents in {folder}")


def measure(folder: Path) -> None:
    module = importlib.import_module("ingest.extract" if os.environ.get("OLD") else "arkg.ingest.extract")
    docs = [(path.name, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.txt"))]
    if not docs:
        raise SystemExit(f"extraction_speed: no .txt files in {folder}")
    module.extract(docs[0][1], name=docs[0][0])  # warm-up: compiled patterns, lexicons, the authority
    size, cpu = 0, 0.0
    for name, text in docs:
        start = time.process_time()
        module.extract(text, name=name)
        cpu += time.process_time() - start
        size += len(text.encode("utf-8"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{module.__file__} {size / cpu / 1e6:.3f} MB/s per core, peak RSS {peak:.1f} MiB", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write-corpus"] and len(sys.argv) in (3, 4):
        write_corpus(Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) == 4 else 1_000)
    elif len(sys.argv) == 2:
        measure(Path(sys.argv[1]))
    else:
        raise SystemExit(__doc__)
