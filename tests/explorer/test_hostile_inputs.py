"""Every explorer input fed hostile text: nothing changes in the graph and no traceback is shown.

(Issue: reliability and security — "tests try injection through every explorer input".)
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from arkg import queries
from arkg.graph.stores import Store
from tests.explorer.test_app import open_page

HOSTILE = [
    "x'}) MATCH (n) DETACH DELETE n //",
    'x"}) MATCH (n) DETACH DELETE n //',
    "`) DETACH DELETE n //",
    "Article) DETACH DELETE n //",
    "\u0000\u0001\u001b[31m",
    "CALL db.idx.fulltext.drop('Entity')",
    "' OR 1=1 --",
    "第五十六条'; CREATE (x:Evil) //",
    "${id}",
    "A" * 5000,
]


def _no_traceback(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_search_entity_and_path_inputs(app: AppTest, sample_store: Store, value: str) -> None:
    before = sample_store.stats()
    at = open_page(app, "explore")
    at.text_input(key="explore_q").set_value(value).run()
    _no_traceback(at)
    at = open_page(at, "entity")
    at.text_input(key="entity_id").set_value(value).run()
    _no_traceback(at)
    at = open_page(at, "analytics")
    if at.text_input(key="analytics_from") is not None:
        at.text_input(key="analytics_from").set_value(value)
        at.text_input(key="analytics_to").set_value(value)
        at.button(key="analytics_find").click().run()
        _no_traceback(at)
    assert sample_store.stats() == before


@pytest.mark.parametrize("value", HOSTILE[:4] + HOSTILE[6:8], ids=range(6))
def test_console_query_and_parameters(app: AppTest, sample_store: Store, value: str) -> None:
    before = sample_store.stats()
    at = open_page(app, "console")
    at.text_area(key="console_query").set_value(f"MATCH (n:Entity) WHERE n.id = $v RETURN n.id AS id // {value}")
    at.text_input(key="console_params").set_value('{"v": ' + __import__("json").dumps(value) + "}")
    at.button(key="console_run").click().run()
    _no_traceback(at)
    at.text_area(key="console_query").set_value(value)
    at.button(key="console_run").click().run()
    _no_traceback(at)
    at.text_input(key="console_params").set_value('{"a b": 1, "x=1 RETURN 1 //": 2}')
    at.text_area(key="console_query").set_value("RETURN 1 AS one")
    at.button(key="console_run").click().run()
    _no_traceback(at)
    assert sample_store.stats() == before


def test_every_parameter_of_every_saved_question(app: AppTest, sample_store: Store) -> None:
    before = sample_store.stats()
    at = open_page(app, "questions")
    tried = 0
    for question in queries.catalogue():
        at.selectbox(key="questions_pick").set_value(question.name).run()
        text_params = [p for p in question.parameters if p.type in ("str", "list")]
        for param in text_params:
            for value in (HOSTILE[0], HOSTILE[3], HOSTILE[4]):
                at.text_input(key=f"q_{question.name}_{param.name}").set_value(value)
                at.get("form_submit_button")[0].click().run()
                _no_traceback(at)
                tried += 1
    assert tried >= 20
    assert sample_store.stats() == before
