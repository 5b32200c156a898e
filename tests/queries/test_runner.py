"""The saved-question runner: the header is the registry, values travel only as parameters."""

from __future__ import annotations

from pathlib import Path

import pytest

from arkg import queries
from arkg.cli import main
from arkg.queries import BadParameter, Parameter, QuestionFileError, UnknownQuestion


def test_catalogue_reads_headers(tmp_path: Path) -> None:
    (tmp_path / "q.cypher").write_text(
        "// title: T\n// question: Why?\n// param: n: int = 3 -- how many\n// param: who: str -- an id\n"
        "// param: tags: list = [\"a\", \"b\"] -- tags\n// example: arkg query q --param who=x\n"
        "MATCH (n) RETURN n LIMIT $n\n", encoding="utf-8")
    [q] = queries.catalogue(tmp_path)
    assert (q.name, q.title, q.question) == ("q", "T", "Why?")
    assert [(p.name, p.type, p.required) for p in q.parameters] == [("n", "int", False), ("who", "str", True),
                                                                      ("tags", "list", False)]
    assert q.parameters[2].default == ["a", "b"] and q.cypher == "MATCH (n) RETURN n LIMIT $n"
    assert queries.bind(q, {"who": "x"}) == {"n": 3, "who": "x", "tags": ["a", "b"]}
    with pytest.raises(BadParameter, match="'who'.*required"):
        queries.bind(q, {})


@pytest.mark.parametrize("header, problem", [
    ("// title: T\n// question: Q?\nRETURN 1\n", "missing example"),
    ("// title: T\n// question: Q?\n// example: e\n// param: x: date = 1 -- d\nRETURN 1\n", "bad.cypher:4"),
    ("// title: T\n// question: Q?\n// example: e\n// param: x: int = many -- d\nRETURN 1\n", "not an integer"),
    ("// title: T\n// question: Q?\n// example: e\n", "the Cypher query"),
])
def test_a_bad_header_names_the_file_and_the_problem(tmp_path: Path, header: str, problem: str) -> None:
    (tmp_path / "bad.cypher").write_text(header, encoding="utf-8")
    with pytest.raises(QuestionFileError, match=problem):
        queries.catalogue(tmp_path)


@pytest.mark.parametrize("type_, raw, value", [
    ("int", "12", 12), ("float", "0.5", 0.5), ("float", 2, 2), ("bool", "TRUE", True), ("bool", "no", False),
    ("list", "Network, Event", ["Network", "Event"]), ("list", '["a", 1]', ["a", 1]), ("str", "x'}) //", "x'}) //"),
])
def test_coercion(type_: str, raw, value) -> None:
    assert queries.coerce(Parameter("p", type_, None, ""), raw) == value


@pytest.mark.parametrize("type_, raw", [
    ("int", "1.5"), ("int", True), ("bool", "maybe"), ("str", 3), ("list", '[{"a": 1}]'), ("float", "x"),
    ("list", 5),
])
def test_wrong_types_are_refused_naming_the_parameter_and_type(type_: str, raw) -> None:
    with pytest.raises(BadParameter, match="parameter 'p' expects") as err:
        queries.coerce(Parameter("p", type_, None, ""), raw)
    assert "\n" not in str(err.value)


def test_unknown_question_lists_the_names(store) -> None:
    with pytest.raises(UnknownQuestion) as err:
        queries.run(store, "no-such-question", {})
    assert "article-citations" in str(err.value) and err.value.names == sorted(err.value.names)


def test_unknown_parameter_is_refused(store) -> None:
    with pytest.raises(BadParameter, match="unknown parameter 'artikel'.*accepted: article"):
        queries.run(store, "article-citations", {"artikel": "uncac/article/56"})


def test_values_are_parameters_not_query_text(store) -> None:
    """A value shaped like Cypher is looked up literally: nothing matches, nothing breaks."""
    hostile = "uncac/article/56'}) MATCH (n) RETURN n //"
    assert queries.run(store, "article-citations", {"article": hostile}).rows == []
    for question in queries.catalogue():
        assert hostile not in question.cypher


def test_cli_lists_questions_and_reports_bad_usage(capsys, settings) -> None:
    assert main(["query", "--list"]) == 0
    listed = capsys.readouterr().out.split()
    assert listed == [q.name for q in queries.catalogue()]
    assert main(["query", "--list", "--format", "json"]) == 0
    import json

    summary = json.loads(capsys.readouterr().out)
    assert summary[0].keys() == {"name", "title", "parameters"}
    assert main(["--data-dir", str(settings.data_dir), "query", "nope"]) == 2
    assert "no saved question 'nope'" in capsys.readouterr().err
    assert main(["--data-dir", str(settings.data_dir), "query", "co-mentions", "--param", "limit=ten"]) == 2
    err = capsys.readouterr().err
    assert "parameter 'limit' expects an integer" in err and err.count("\n") == 1
