"""`arkg build --store neo4j` then `arkg query` and `arkg stats` (issue: Neo4j, "done when")."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from cli import main
from graph.settings import Settings
from graph.stores import Store
from tests.graph.stores.conftest import BoltServer

pytestmark = pytest.mark.neo4j


def _neo4j_args(bolt: BoltServer, tmp_path: Path) -> list[str]:
    database = f"cli-{uuid.uuid4().hex[:6]}" if bolt.peer else bolt.database
    return ["--store", "neo4j", "--uri", bolt.uri, "--user", bolt.user or "", "--password", bolt.password or "",
            "--database", database or "", "--data-dir", str(tmp_path)]


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> object:
    capsys.readouterr()
    assert main(argv) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_build_and_query_on_neo4j_match_the_embedded_store(
    bolt_server: BoltServer, sample_store: Store, sample_settings: Settings, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    neo4j = _neo4j_args(bolt_server, tmp_path)
    falkordb = ["--data-dir", str(sample_settings.data_dir), "--graph", sample_settings.graph]
    assert main(["build", *neo4j]) == 0
    stats = _json(capsys, ["stats", "--format", "json", *neo4j])
    expected = sample_store.stats()  # built by graph.build.build; the command also records its Build
    expected["nodes"] = {**expected["nodes"], "Build": 1}
    assert {k: stats[k] for k in ("nodes", "relationships")} == expected
    assert stats["verification"] == _json(capsys, ["stats", "--format", "json", *falkordb])["verification"]
    for question in (["article-citations", "--param", "article=uncac/article/56"],
                     ["resolution-lineage", "--param", "resolution=resolution/cosp/6/2"],
                     ["meeting-agenda"]):
        expected = _json(capsys, ["query", *question, "--format", "json", *falkordb])
        assert expected and _json(capsys, ["query", *question, "--format", "json", *neo4j]) == expected
    assert main(["cypher", "MATCH (n) DETACH DELETE n", *neo4j]) == 1
    stats = _json(capsys, ["stats", "--format", "json", *neo4j])
    expected = sample_store.stats()  # built by graph.build.build; the command also records its Build
    expected["nodes"] = {**expected["nodes"], "Build": 1}
    assert {k: stats[k] for k in ("nodes", "relationships")} == expected
    assert stats["verification"] == _json(capsys, ["stats", "--format", "json", *falkordb])["verification"]


def test_a_wrong_password_is_one_clear_line(
    bolt_server: BoltServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _neo4j_args(bolt_server, tmp_path)
    args[args.index("--password") + 1] = "wrong-password"
    assert main(["stats", *args]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("arkg stats: ") and "credentials" in err and "\n" not in err
