"""The soak of issue 17: concurrent builds, console queries from other processes, kills of builds and
of the store, and at the end of every round the graph must equal a clean build's.

Not part of the test run (it is not a ``test_`` module): run it by hand, bounded in time and rounds,
on the unix socket of a scratch data directory (no network)::

    .venv/bin/python -m tests.pipeline.soak --minutes 20 [--docs 40] [--seed 17]

Each round: two ``arkg build`` of the corpus at once, ``arkg cypher`` readers (plain and hostile)
in parallel, and one fault at a random moment — a build killed with SIGKILL, the FalkorDB server
killed with SIGKILL, or none. Then one more ``arkg build`` completes the graph, and the round
passes when ``arkg db check`` is clean and the stats and the sorted N-Triples hash equal the clean
build's. Prints one line per round and a JSON summary; exit 1 if any round failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from arkg.bench.corpus import write_corpus
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store, server
from tests.snapshots import snapshot

ROOT = Path(__file__).resolve().parents[2]
#: Console reader processes started per round (each is a Python start-up: bounded so builds progress).
MAX_READERS = 12
QUERIES = [
    "MATCH (n) RETURN count(n) AS n",
    "MATCH (d:Document)-[:HAS_PARAGRAPH]->(p) RETURN d.id, count(p) ORDER BY d.id",
    "MATCH (a)-[r]->(b) RETURN type(r), count(*)",
    "UNWIND range(1,1000000000) AS x RETURN count(x)",  # refused by the guard
    "RETURN " + "[" * 28 + "1" + "]" * 28,  # refused by the guard
    "MATCH (a),(b),(c) RETURN count(*)",  # stopped at the time limit
]


def arkg(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "arkg.cli", "--data-dir", str(data_dir), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def graph_state(data_dir: Path) -> tuple[dict, str]:
    store = open_store(Settings.from_env(data_dir=data_dir, store="falkordb"))
    try:
        return snapshot(store)
    finally:
        store.close()


def one_round(data_dir: Path, corpus: Path, rng: random.Random, counts: dict[str, int]) -> dict[str, object]:
    builds = [arkg(data_dir, "build", str(corpus)) for _ in range(2)]
    readers: list[subprocess.Popen[str]] = []
    fault = rng.choice(["build", "store", "none"])
    at = rng.uniform(0.5, 6.0)
    started = time.monotonic()
    faulted = False
    while any(b.poll() is None for b in builds):
        if len(readers) < MAX_READERS and rng.random() < 0.2:
            readers.append(arkg(data_dir, "cypher", rng.choice(QUERIES), "--timeout-ms", "2000"))
        if not faulted and time.monotonic() - started >= at:
            delivered = False
            if fault == "build":
                victim = next((b for b in builds if b.poll() is None), None)
                if victim is not None:
                    victim.send_signal(signal.SIGKILL)
                    delivered = True
                    counts["build_kills"] += 1
            elif fault == "store":
                pid = server.status(data_dir).pid
                if pid is not None and server.is_own_server(pid, data_dir):
                    os.kill(pid, signal.SIGKILL)
                    delivered = True
                    counts["store_kills"] += 1
            faulted = delivered or fault == "none"
        time.sleep(0.1)
    for b in builds:
        b.communicate()
    for r in readers:
        r.communicate(timeout=120)
        counts["queries"] += 1
        counts["query_errors"] += r.returncode != 0
    done = arkg(data_dir, "build", str(corpus))
    out, err = done.communicate(timeout=900)
    check = arkg(data_dir, "db", "check")
    check_out, _ = check.communicate(timeout=300)
    return {"fault": fault if faulted else "none", "build_exits": [b.returncode for b in builds],
            "completing_build": done.returncode, "check": check.returncode, "check_out": check_out.strip(),
            "completing_err": err.strip()[-300:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=1000, help="stop after this many rounds at most")
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="arkg-soak-") as scratch:
        corpus, clean_dir, data_dir = Path(scratch, "corpus"), Path(scratch, "clean"), Path(scratch, "data")
        corpus.mkdir()
        write_corpus(corpus, args.docs, seed=args.seed)
        try:
            clean = arkg(clean_dir, "build", str(corpus))
            clean.communicate(timeout=900)
            expected = graph_state(clean_dir)
        finally:
            server.stop(clean_dir)
        counts = {"rounds": 0, "failed_rounds": 0, "build_kills": 0, "store_kills": 0, "queries": 0,
                  "query_errors": 0}
        deadline = time.monotonic() + args.minutes * 60
        started = time.monotonic()
        try:
            while time.monotonic() < deadline and counts["rounds"] < args.rounds:
                outcome = one_round(data_dir, corpus, rng, counts)
                equal = graph_state(data_dir) == expected
                ok = equal and outcome["completing_build"] == 0 and outcome["check"] == 0
                counts["rounds"] += 1
                counts["failed_rounds"] += not ok
                print(json.dumps({"round": counts["rounds"], "ok": ok, "graph_equals_clean_build": equal,
                                  **outcome}, ensure_ascii=False), flush=True)
        finally:
            server.stop(data_dir)
        counts["minutes"] = round((time.monotonic() - started) / 60, 1)
        counts["expected_stats"] = expected[0]
        print(json.dumps({"summary": counts}, ensure_ascii=False))
        return 1 if counts["failed_rounds"] or not counts["rounds"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
