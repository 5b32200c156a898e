"""Issue 17, cases 11 and 12: no entity expansion in ``arkg validate``, no Markdown from user input in
the explorer, parameters checked against their types, and no traceback for any input."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from arkg import queries
from arkg.cli import main
from arkg.graph.settings import Settings
from arkg.graph.stores import Store
from tests.conftest import store_args
from tests.explorer.test_app import open_page, rendered
from tests.snapshots import answers, snapshot

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
 <rdf:Description rdf:about="http://example.org/x"><ex:p>&f;</ex:p></rdf:Description>
</rdf:RDF>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
 <rdf:Description rdf:about="http://example.org/x"><ex:p>&secret;</ex:p></rdf:Description>
</rdf:RDF>
"""
#: Markdown that would make a live link or load a remote image.
LINK, IMAGE = "[text](https://evil.example/)", "![i](https://evil.example/i.png)"
#: Link or image syntax whose brackets are not escaped.
_LIVE = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")


@pytest.mark.parametrize(("name", "content"), [("laughs.rdf", LAUGHS), ("xxe.rdf", XXE)])
def test_validate_refuses_entity_expansion_in_rdf_xml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    assert len(content.encode()) < 700  # the 600-byte file of the issue
    started = time.monotonic()
    assert main(["validate", str(path)]) == 1
    assert time.monotonic() - started < 20
    err = capsys.readouterr().err
    assert "refused: the XML declares entities" in err and "root:" not in err
    assert err.count("\n") == 1


def _shown(at: AppTest) -> list[str]:
    """Every Markdown text of the page (titles, messages, captions, link labels), as sent to the browser."""
    kinds = ("title", "header", "subheader", "warning", "info", "error", "caption", "markdown")
    return [e.value for kind in kinds for e in getattr(at, kind)] + [e.proto.label for e in at.get("page_link")]


def _assert_shown_as_text(at: AppTest, value: str) -> None:
    """``value`` is on the page, escaped so it reads as typed, and no text of the page makes it a link or image."""
    assert not at.exception, [e.value for e in at.exception]
    texts = _shown(at)
    assert any(value in rendered(text) for text in texts), texts  # shown, as typed once rendered
    assert not any(value in text for text in texts), texts  # never raw
    assert not any(_LIVE.search(text) for text in texts if "evil" in text), texts


@pytest.mark.parametrize("value", [LINK, IMAGE])
def test_entity_id_and_search_are_shown_as_text_not_markdown(app: AppTest, sample_store: Store, value: str) -> None:
    before = snapshot(sample_store)
    _assert_shown_as_text(open_page(app, "entity", id=value), value)  # no entity: the message quotes the id
    _assert_shown_as_text(open_page(app, "search", q=value), value)  # the search box: nothing found, quoted
    at = open_page(app, "explore")
    at.text_input(key="explore_q").set_value(value).run()
    _assert_shown_as_text(at, value)
    assert snapshot(sample_store) == before


@pytest.mark.parametrize(("raw", "message"), [
    ("99999999999999999999999", "at most 19 digits"),
    ("1e999", "expects an integer"),
    ('{"a": 1}', "expects an integer"),
])
def test_saved_question_parameters_are_checked_not_coerced(raw: str, message: str) -> None:
    question = next(q for q in queries.catalogue() if any(p.type == "int" for p in q.parameters))
    param = next(p for p in question.parameters if p.type == "int")
    with pytest.raises(queries.BadParameter, match=message):
        queries.bind(question, {param.name: raw})


def test_console_parameters_keep_their_shape_or_are_refused(
    sample_settings: Settings, sample_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(sample_store)
    args = [*store_args(sample_settings), "--format", "json"]
    assert main(["cypher", "RETURN $x AS x", "--param", 'x={"a": [[1, [2]]]}', *args]) == 0
    assert '"a": [\n        [\n          1,\n          [\n            2' in capsys.readouterr().out
    for value, message in [("99999999999999999999999", "does not fit a 64-bit integer"),
                           ("[" * 5000 + "]" * 5000, "nested too deeply"),
                           ("[" * 40 + "]" * 40, "nested more than 16 levels")]:
        assert main(["cypher", "RETURN $x AS x", "--param", f"x={value}", *args]) in (1, 2)
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err
    assert answers(sample_store)
    assert snapshot(sample_store) == before


def test_an_empty_graph_name_is_one_line_not_a_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--graph", "", "--data-dir", str(tmp_path), "stats"]) == 1
    err = capsys.readouterr().err
    assert err == "arkg stats: the graph name is empty: give --graph NAME (or ARKG_GRAPH), or leave it out for 'arkg'\n"
