"""The ``arkg`` command as users and scripts call it: contract shapes, exit codes, clear errors."""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import time
from pathlib import Path

import pytest

from arkg.cli import main
from arkg.graph.settings import Settings
from arkg.graph.stores import Store
from arkg.ingest.evaluate import GOLD_DIR
from tests.conftest import store_args

SEEDS = sorted((Path(__file__).resolve().parents[2] / "ingest" / "samples").glob("*.txt"))


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> object:
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_build_twice_gives_identical_stats(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", *store_args(settings)]) == 0
    first = _json(capsys, ["stats", "--format", "json", *store_args(settings)])
    assert main([*store_args(settings), "build"]) == 0  # options before the sub-command work too
    assert _json(capsys, ["stats", "--format", "json", *store_args(settings)]) == first
    nodes, rels = first["nodes"], first["relationships"]
    assert nodes["Article"] == 71 and nodes["Chapter"] == 8
    for label in ("Document", "Paragraph", "Resolution", "Session", "Network", "Organization", "AgendaItem"):
        assert nodes.get(label, 0) > 0, label
    for type_ in ("PART_OF", "CITES", "MENTIONS", "HAS_PARAGRAPH", "ADOPTED_AT", "PREPARED_FOR"):
        assert rels.get(type_, 0) > 0, type_


def test_cypher_answers_the_chapter_of_article_56(
    sample_store: Store, sample_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, ["cypher", "MATCH (:Article {id:'uncac/article/56'})-[:PART_OF]->(c:Chapter) RETURN c.id",
                          "--format", "json", *store_args(sample_settings)])
    assert rows == [{"c.id": "uncac/chapter/5"}]


def test_cypher_returns_nodes_in_the_contract_shape(
    sample_store: Store, sample_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, ["cypher", "MATCH (a:Article {id: $id}) RETURN a", "--param", "id=uncac/article/56",
                          "--format", "json", *store_args(sample_settings)])
    node = rows[0]["a"]
    assert node["id"] == "uncac/article/56"
    assert set(node["labels"]) == {"Entity", "Article"}
    assert node["properties"]["number"] == 56


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Article {id: 'uncac/article/99'})",
        "MERGE (n:Article {id: 'uncac/article/56'})",
        "MATCH (n:Article) SET n.number = 0",
        "MATCH (n:Article) DELETE n",
        "MATCH (n:Article) REMOVE n.number",
        "DROP INDEX ON :Article(id)",
        "CALL db.idx.fulltext.createNodeIndex('Article', 'name_en')",
        "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    ],
)
def test_cypher_refuses_writes(
    query: str, sample_store: Store, sample_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample_store.stats()
    assert main(["cypher", query, *store_args(sample_settings)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("arkg cypher: ") and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert sample_store.stats() == before


def test_bad_query_prints_the_stores_message(sample_settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cypher", "MATCH (n RETURN n", *store_args(sample_settings)]) == 1
    assert "Invalid input" in capsys.readouterr().err


def test_bad_usage_exits_2(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cypher", "RETURN 1", "--param", "novalue", *store_args(settings)]) == 2
    assert "expected key=value" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["no-such-command"])
    assert exit_.value.code == 2


def test_build_of_a_missing_path_fails_clearly(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "/no/such/folder", *store_args(settings)]) == 1
    assert "no such file or folder: /no/such/folder" in capsys.readouterr().err


def test_build_goes_on_past_a_bad_file_and_reports_it(
    settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEEDS[1].read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    assert main(["build", str(folder), *store_args(settings)]) == 1
    captured = capsys.readouterr()
    assert "1 document version(s) loaded" in captured.out and "2 failed" in captured.out
    assert "empty.txt" in captured.err and "broken.pdf" in captured.err
    stats = _json(capsys, ["stats", "--format", "json", *store_args(settings)])
    assert stats["nodes"]["Paragraph"] >= 22


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_extract_json_follows_the_contract(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from arkg.ingest.readers import read_document

    result = _json(capsys, ["extract", str(seed), "--format", "json"])
    text = read_document(seed).text
    doc = result["document"]
    assert doc["id"] == f"document/{doc['symbol']}" and doc["language"] == "zh"
    assert result["mentions"] and result["relations"]
    for mention in result["mentions"]:
        assert set(mention) >= {"id", "type", "text", "start", "end", "paragraph"}
        assert text[mention["start"] : mention["end"]] == mention["text"]
    for relation in result["relations"]:
        evidence = relation["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_db_status_and_stop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(tmp_path)]
    assert main(["db", "status", *args]) == 1
    assert main(["db", "start", *args]) == 0
    state = _json(capsys, ["db", "status", "--format", "json", *args])
    assert state["running"] and state["pid"] and state["socket"].endswith("falkordb.sock")
    assert main(["db", "stop", *args]) == 0
    assert main(["db", "status", *args]) == 1


def test_eval_prints_the_score_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(GOLD_DIR)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:1] == ["type"])
    assert lines[header].split() == ["type", "P", "R", "F1", "tp", "fp", "fn"]
    table = lines[header + 1 : lines.index("", header)]
    scores = {line.split()[0]: float(line.split()[3]) for line in table}
    assert {"Article", "Resolution", "Session", "Network", "Document"} <= set(scores)
    assert scores["ALL"] >= 0.9
    languages = lines[lines.index("", header) + 1].split()
    assert languages[0] == "language"
    assert main(["eval", "/no/such/gold"]) == 1


def test_eval_without_a_folder_scores_the_dev_set_and_the_span_gold(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"documents", "spans"}
    assert result["documents"]["documents"] == 36
    assert result["spans"]["by_type"]["ALL"]["tp"] > 0


def test_build_and_remove_leave_the_sparql_store_current(settings: Settings) -> None:
    from arkg.graph.export.sparql import SparqlStore
    from arkg.graph.stores import open_store

    sparql = SparqlStore.of(settings.data_dir)
    assert main(["build", *store_args(settings)]) == 0
    store = open_store(settings)
    try:
        assert sparql.current(store)  # refreshed by the build: the first question reloads nothing
        assert sparql.refresh(store) == 0
        triples = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        before = int(sparql.query(triples).values("n")[0])
        assert main(["remove", "CAC/COSP/WG.2/2017/L.1/Add.1", *store_args(settings)]) == 0
        assert sparql.current(store)
        assert int(sparql.query(triples).values("n")[0]) < before  # refreshed by the removal
    finally:
        store.close()


def test_a_ctrl_c_that_lands_in_a_finalizer_still_interrupts_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Python only prints "Exception ignored" for a KeyboardInterrupt raised in ``__del__`` (found
    when a Ctrl-C met a Neo4j driver session's finalizer and the build ran on to its end)."""
    import argparse

    from arkg import cli

    class Finalized:
        def __del__(self) -> None:
            raise KeyboardInterrupt

    went_on: list[bool] = []

    def run(args: argparse.Namespace) -> int:
        Finalized()  # dropped at once: its finalizer runs here
        time.sleep(5)  # the rest of the command, which the interrupt stops
        went_on.append(True)
        return 0

    class Parser:
        def parse_args(self, argv: object) -> argparse.Namespace:
            return argparse.Namespace(run=run, command="build", debug=False)

    monkeypatch.setattr(cli, "parser", Parser)
    # Ctrl-C as a terminal gives it, even when the suite was started in the background with SIGINT ignored
    previous_handler = signal.signal(signal.SIGINT, signal.default_int_handler)
    before = sys.unraisablehook
    try:
        assert main([]) == 130
    finally:
        signal.signal(signal.SIGINT, previous_handler)
    assert "interrupted" in capsys.readouterr().err and not went_on
    assert sys.unraisablehook is before


def test_a_store_error_that_follows_a_ctrl_c_the_driver_swallowed_is_the_interrupt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression (CI, a build on Neo4j stopped with Ctrl-C): the interrupt landed inside the driver, which
    gave its connection back mid-transaction, and the next write failed with "Message of type BeginMessage
    cannot be handled by a session in the IN_TRANSACTION state" before the interrupt reached arkg: the build
    exited 1 with that message. The command was interrupted (130). The same error with no Ctrl-C before it
    is a failure (1), and Python's own handler is back after each command."""
    import argparse

    from arkg import cli
    from arkg.graph.stores.base import StoreError

    def swallowed_then_failed(args: argparse.Namespace) -> int:
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C, inside code that catches it
            signal.raise_signal(signal.SIGINT)
        raise StoreError("Message of type BeginMessage cannot be handled by a session in the IN_TRANSACTION state")

    def failed(args: argparse.Namespace) -> int:
        raise StoreError("Message of type BeginMessage cannot be handled by a session in the IN_TRANSACTION state")

    previous_handler = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        for run, expected, said in ((swallowed_then_failed, 130, "interrupted"), (failed, 1, "BeginMessage")):
            class Parser:
                def parse_args(self, argv: object, run: object = run) -> argparse.Namespace:
                    return argparse.Namespace(run=run, command="build", debug=False)

            monkeypatch.setattr(cli, "parser", Parser)
            assert main([]) == expected
            assert said in capsys.readouterr().err
            assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, previous_handler)


def test_an_error_raised_while_unwinding_from_a_ctrl_c_is_the_interrupt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Ctrl-C that cuts the Neo4j driver's socket read makes its session's close fail ("BufferError:
    Existing exports of data") while the interrupt unwinds: the command was interrupted (130, one line), it
    did not fail with a stack trace. An error with no interrupt behind it still propagates."""
    import argparse

    from arkg import cli

    def interrupted_then_failed_to_close(args: argparse.Namespace) -> int:
        try:
            raise KeyboardInterrupt
        finally:
            raise BufferError("Existing exports of data: object cannot be re-sized")

    def failed(args: argparse.Namespace) -> int:
        raise BufferError("a plain failure")

    for run, expected in ((interrupted_then_failed_to_close, 130), (failed, None)):
        class Parser:
            def parse_args(self, argv: object, run: object = run) -> argparse.Namespace:
                return argparse.Namespace(run=run, command="build", debug=False)

        monkeypatch.setattr(cli, "parser", Parser)
        if expected is None:
            with pytest.raises(BufferError):
                main([])
        else:
            assert main([]) == expected
            assert "interrupted" in capsys.readouterr().err
