"""Every saved question answers correctly on the graph built from the two seed documents."""

from __future__ import annotations

import shlex

import pytest

from arkg import queries
from arkg.cli import main
from arkg.graph.guard import check_read_only
from tests.conftest import store_args

NAMES = [q.name for q in queries.catalogue()]
AGENDA = "document/CAC/COSP/WG.2/2017/1"
REPORT = "document/CAC/COSP/WG.2/2017/L.1/Add.1"


def ask(store, name: str, **params):
    return queries.run(store, name, params).rows


def test_the_library_has_the_researchers_questions() -> None:
    assert len(NAMES) >= 15
    for question in queries.catalogue():
        assert question.title and question.question.endswith("?") and question.cypher
        assert question.example.startswith(f"arkg query {question.name}"), question.name
        check_read_only(question.cypher)  # a saved question is never more than the console allows


@pytest.mark.parametrize("name", NAMES)
def test_every_question_runs_with_named_columns_and_its_example_works(
    name, sample_store, sample_settings, capsys
) -> None:
    result = queries.run(sample_store, name, {})
    assert result.columns and all(c.isidentifier() for c in result.columns), result.columns
    argv = shlex.split(queries.get(name).example)[1:]
    code = main([*store_args(sample_settings), *argv,
                 "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.lstrip().startswith("[")


def test_article_56_is_cited_by_the_agenda_and_by_paragraph_19_of_the_report(sample_store) -> None:
    rows = ask(sample_store, "article-citations", article="uncac/article/56")
    assert {r["document"] for r in rows} == {AGENDA, REPORT}
    assert any(r["document"] == REPORT and r["paragraph"] == "19" and "第五十六条" in r["quote"] for r in rows)
    assert all("session/wg-ar/11" in r["sessions"] for r in rows)
    assert rows == sorted(rows, key=lambda r: (r["document"], r["language"], r["start"], r["quote"]))


def test_chapter_5_is_cited_directly_and_through_article_56(sample_store) -> None:
    rows = ask(sample_store, "chapter-citations", chapter="uncac/chapter/5")
    cited = {r["cited"] for r in rows}
    assert {"uncac/chapter/5", "uncac/article/56"} <= cited
    assert all(c in ("uncac/chapter/5",) or c.startswith("uncac/article/") for c in cited)
    assert "uncac/article/43" not in cited  # chapter IV, cited in the same paragraph 19
    assert ask(sample_store, "article-citations", article="uncac/article/43")


def test_the_working_group_is_established_by_1_4_and_given_tasks_by_1_4_and_6_2(sample_store) -> None:
    rows = ask(sample_store, "mandate-resolutions", body="body/wg-ar")
    by_id: dict[str, list] = {}
    for r in rows:
        by_id.setdefault(r["resolution"], []).append(r)
    assert by_id["resolution/cosp/1/4"][0]["establishes"] is True
    assert len(by_id["resolution/cosp/1/4"]) == 6  # functions (a)–(f)
    assert {r["verb"] for r in by_id["resolution/cosp/6/2"]} == {"mandates"} and len(by_id["resolution/cosp/6/2"]) == 2
    # 6/1 and 6/4 hold the Secretariat's mandates (report ¶1), not the Working Group's
    assert not {"resolution/cosp/6/1", "resolution/cosp/6/4"} & set(by_id)
    assert all(r["text"] and r["document"] for r in rows)


def test_what_resolution_6_3_asks_and_of_whom(sample_store) -> None:
    rows = ask(sample_store, "resolution-mandates", resolution="resolution/cosp/6/3")
    assert {(r["verb"], r["addressee"]) for r in rows} == {
        ("requests", "org/unodc-secretariat"),  # agenda: 第 6/2 号和第 6/3 号决议请秘书处…
        ("encourages", "actor/states-parties"),  # 鼓励缔约国酌情指定…; 该决议中还鼓励缔约国…
        ("encourages", "org/unodc"),  # …及毒品和犯罪问题办公室
        ("mandates", "actor/states-parties"),  # report ¶1: 缔约国在履行…第 6/3 号决议所载任务授权
    }
    request = next(r for r in rows if r["verb"] == "requests")
    assert request["document"] == AGENDA and "请秘书处" in request["quote"] and "口译服务" in request["task"]
    assert all(r["quote"] for r in rows)


def test_the_working_groups_tasks_by_resolution(sample_store) -> None:
    rows = {r["issued_by"]: r for r in ask(sample_store, "working-group-tasks", body="body/wg-ar")}
    assert {k: r["tasks"] for k, r in rows.items()} == {"resolution/cosp/1/4": 6, "resolution/cosp/6/2": 2}
    assert rows["resolution/cosp/1/4"]["adopted_at"] == "session/cosp/1"
    assert any("积累追回资产方面的知识" in m["task"] for m in rows["resolution/cosp/1/4"]["mandates"])


def test_what_the_secretariat_was_asked_and_where_it_reported_back(sample_store) -> None:
    rows = ask(sample_store, "secretariat-requests", addressee="org/unodc-secretariat")
    asked = {(r["issued_by"], r["session"], r["verb"]) for r in rows}
    assert asked == {
        ("resolution/cosp/6/2", "session/cosp/6", "requests"),
        ("resolution/cosp/6/3", "session/cosp/6", "requests"),
        ("session/wg-ar/10", "session/wg-ar/10", "requests"),  # twice: more victim information; the Addis outcome
        ("body/wg-ar", None, "recommends"),  # "at previous meetings": no session named
        ("resolution/cosp/6/1", "session/cosp/6", "mandates"),
        ("resolution/cosp/6/4", "session/cosp/6", "mandates"),
    }
    assert sum(1 for r in rows if r["issued_by"] == "session/wg-ar/10") == 2
    back = {r["issued_by"]: r["reported_back"] for r in rows}
    for resolution in ("resolution/cosp/6/1", "resolution/cosp/6/3", "resolution/cosp/6/4"):
        assert [(x["document"], x["paragraph"]) for x in back[resolution]] == [(REPORT, "1")]
    assert back["resolution/cosp/6/2"] == [] and all(r["quote"] for r in rows)


def test_the_documents_prepared_for_the_11th_meeting_and_those_not_read(sample_store) -> None:
    rows = {r["symbol"]: r for r in ask(sample_store, "meeting-documents", session="session/wg-ar/11")}
    assert {s for s, r in rows.items() if r["in_corpus"]} == {"CAC/COSP/WG.2/2017/1", "CAC/COSP/WG.2/2017/L.1/Add.1"}
    missing = {s: sorted(r["agenda_items"]) for s, r in rows.items() if not r["in_corpus"]}
    assert missing == {"CAC/COSP/WG.2/2017/3": ["2", "5"], "CAC/COSP/WG.2/2017/2": ["4a"],
                       "CAC/COSP/WG.2/2016/CRP.1": ["4b"], "CAC/COSP/WG.2/2017/CRP.1": ["5"],
                       "CAC/COSP/WG.2/2017/CRP.2": []}  # known from the reference data, not from the agenda
    assert all(r["evidence"][0]["quote"] for s, r in rows.items() if s != "CAC/COSP/WG.2/2017/CRP.2")


def test_victim_compensation_across_sessions(sample_store) -> None:
    rows = ask(sample_store, "topic-across-sessions", topic="topic/victim-compensation")
    assert {r["session"] for r in rows} == {"session/wg-ar/11"}
    assert "4b" in {r["agenda_item"] for r in rows}
    under_4b = [r for r in rows if r["agenda_item"] == "4b"]
    assert {"requests", "mandates"} <= {v for r in under_4b for v in r["mandates"]}
    assert all(r["text"] for r in rows)


POSITIONS = ["PROPOSES", "SUPPORTS", "OPPOSES", "DEFERS", "WELCOMES", "RECOMMENDS"]


def _positions(store) -> list[dict]:
    """Every position relationship, read without the questions' index lookups (the oracle)."""
    return store.read("MATCH (w)-[x]->(t) WHERE type(x) IN $types RETURN type(x) AS position, w.id AS speaker, "
                      "t.id AS target, x.document AS document, x.paragraph AS paragraph, x.language AS language, "
                      "x.quote AS quote", {"types": POSITIONS}).rows


@pytest.mark.parametrize("topic", ["topic/victim-compensation", "topic/international-instrument-on-asset-return"])
def test_a_topics_paragraphs_list_every_position_taken_in_them(sample_store, topic: str) -> None:
    rows = ask(sample_store, "topic-across-sessions", topic=topic)
    taken: dict[tuple[str, str], set[str]] = {}
    for x in _positions(sample_store):
        taken.setdefault((x["document"], x["paragraph"]), set()).add(f"{x['position']} by {x['speaker']}")
    assert rows
    for r in rows:
        assert r["positions"] == sorted(taken.get((r["document"], r["paragraph"]), ())), r
    if topic.endswith("asset-return"):  # report ¶12: 一个代表团提议…
        assert ("12", ["PROPOSES by actor/delegations"]) in [(r["paragraph"], r["positions"]) for r in rows]


def test_lineage_of_6_2_reaches_1_4_and_2_3(sample_store) -> None:
    rows = ask(sample_store, "resolution-lineage", resolution="resolution/cosp/6/2")
    recalled = {r["resolution"] for r in rows if r["direction"] == "recalls"}
    assert {"resolution/cosp/1/4", "resolution/cosp/2/3"} <= recalled
    assert all(r["documents"] == [AGENDA] for r in rows if r["depth"] == 1)
    back = ask(sample_store, "resolution-lineage", resolution="resolution/cosp/1/4")
    assert [r["resolution"] for r in back if r["direction"] == "recalled by"] == ["resolution/cosp/6/2"]


def test_networks_mentioned_at_the_11th_working_group_meeting(sample_store) -> None:
    rows = ask(sample_store, "mentions-at-meetings", session="session/wg-ar/11", labels="Network")
    networks = {r["entity"] for r in rows}
    assert {"network/carin", "network/arin-ap", "network/rrag", "network/eu-aro"} <= networks
    assert {r["label"] for r in rows} == {"Network"} and {r["session"] for r in rows} == {"session/wg-ar/11"}
    assert all(r["first_mention"] <= r["last_mention"] and r["first_mention"].startswith("2017-08") for r in rows)
    everything = ask(sample_store, "mentions-at-meetings")
    assert {"Event", "Initiative", "Network"} <= {r["label"] for r in everything}


def test_agenda_of_the_11th_meeting(sample_store) -> None:
    rows = ask(sample_store, "meeting-agenda", session="session/wg-ar/11")
    items = [r["item"] for r in rows]
    assert [i for i in items if i in ("1a", "1b", "2", "3", "4a", "4b", "5", "6")] == [
        "1a", "1b", "2", "3", "4a", "4b", "5", "6"]
    by_item = {r["item"]: r for r in rows}
    assert "CAC/COSP/WG.2/2017/2" in by_item["4a"]["documents"]
    assert "CAC/COSP/WG.2/2016/CRP.1" in by_item["4b"]["documents"]


def test_topics_discussed_with_victim_compensation(sample_store) -> None:
    rows = ask(sample_store, "co-occurring-topics", topic="topic/victim-compensation")
    assert rows and "topic/victim-compensation" not in {r["topic"] for r in rows}
    assert all(r["evidence"] and r["paragraphs"] >= 1 for r in rows)
    assert [r["paragraphs"] for r in rows] == sorted((r["paragraphs"] for r in rows), reverse=True)


def test_evidence_behind_6_2_recalling_1_4(sample_store) -> None:
    rows = ask(sample_store, "edge-evidence", source="resolution/cosp/1/4", target="resolution/cosp/6/2")
    recalls = [r for r in rows if r["type"] == "RECALLS"]
    assert recalls and recalls[0]["from"] == "resolution/cosp/6/2" and recalls[0]["to"] == "resolution/cosp/1/4"
    assert "1/4" in recalls[0]["quote"] and recalls[0]["document"] == AGENDA


def test_co_mentions_rank_pairs_by_shared_paragraphs(sample_store) -> None:
    rows = ask(sample_store, "co-mentions", limit=5)
    assert len(rows) == 5 and all(r["entity_a"] < r["entity_b"] for r in rows)
    assert [r["paragraphs"] for r in rows] == sorted((r["paragraphs"] for r in rows), reverse=True)
    networks = ask(sample_store, "co-mentions", label="Network")
    assert networks and all(r["entity_a"].startswith("network/") or r["entity_b"].startswith("network/")
                            for r in networks)


def test_neighbourhood_of_carin(sample_store) -> None:
    rows = ask(sample_store, "neighbourhood", entity="network/carin")
    by_id = {r["entity"]: r for r in rows}
    assert by_id[f"{REPORT}/para/17"]["distance"] == 1
    assert by_id["network/arin-ap"]["distance"] == 2 and by_id[REPORT]["distance"] == 2
    assert "network/carin" not in by_id and {r["distance"] for r in rows} <= {1, 2}


def _walked_neighbourhood(graph, entity: str) -> dict[str, tuple[int, list[list[str]]]]:
    """What the question asks, by walking every path of one or two relationships (each used once) in Python."""
    routes: dict[str, set[tuple[str, ...]]] = {}
    first = [(m, key, data["type"]) for _, m, key, data in graph.out_edges(entity, keys=True, data=True)]
    first += [(m, key, data["type"]) for m, _, key, data in graph.in_edges(entity, keys=True, data=True)]
    for middle, key1, type1 in first:
        routes.setdefault(middle, set()).add((type1,))
        second = [(n, key, d["type"]) for _, n, key, d in graph.out_edges(middle, keys=True, data=True)]
        second += [(n, key, d["type"]) for n, _, key, d in graph.in_edges(middle, keys=True, data=True)]
        for far, key2, type2 in second:
            if key2 != key1:
                routes.setdefault(far, set()).add((type1, type2))
    routes.pop(entity, None)
    return {n: (min(len(r) for r in via), [list(r) for r in sorted(via, key=lambda r: "".join(f"{t}>" for t in r))])
            for n, via in routes.items()}


@pytest.mark.parametrize("entity", ["network/carin", "uncac/article/56", "session/wg-ar/11", "country/AUT"])
def test_neighbourhood_is_every_path_of_one_or_two_steps(sample_store, entity: str) -> None:
    """The question deduplicates each hop instead of walking paths: the answer must be the paths' answer."""
    from arkg.graph.projection import to_networkx

    walked = _walked_neighbourhood(to_networkx(sample_store), entity)
    rows = ask(sample_store, "neighbourhood", entity=entity, limit=100_000)
    assert walked, entity
    assert {r["entity"]: (r["distance"], r["via"]) for r in rows} == walked


def test_timeline_is_in_date_order_with_vienna_for_the_11th_meeting(sample_store) -> None:
    rows = ask(sample_store, "session-timeline")
    dated = [r["start_date"] for r in rows if r["start_date"]]
    assert dated == sorted(dated)
    wg11 = next(r for r in rows if r["session"] == "session/wg-ar/11")
    assert (wg11["venue"], wg11["country"], wg11["start_date"]) == ("Vienna", "Austria", "2017-08-24")
    assert {r["session"].split("/")[1] for r in ask(sample_store, "session-timeline", body="wg-ar")} == {"wg-ar"}


def test_an_entity_in_every_language(sample_store) -> None:
    rows = ask(sample_store, "entity-languages", entity="network/carin")
    by_lang = {r["language"]: r for r in rows}
    assert set(by_lang) == {"ar", "zh", "en", "fr", "es", "ru"}
    assert by_lang["en"]["name"] == "Camden Asset Recovery Inter-Agency Network"
    assert by_lang["zh"]["mentions"] >= 1 and by_lang["zh"]["wordings"]
    assert by_lang["en"]["mentions"] == 0  # only the Chinese versions are loaded
    article = {r["language"]: r for r in ask(sample_store, "entity-languages", entity="uncac/article/56")}
    spans = sample_store.read("MATCH (:Paragraph)-[m:MENTIONS]->(:Article {id: 'uncac/article/56'}) "
                              "RETURN count(DISTINCT [m.document, m.start]) AS c").rows[0]["c"]
    assert article["zh"]["mentions"] == spans  # each span once, though the document also CITES it


def test_resolutions_per_session_with_the_asset_recovery_flag(sample_store) -> None:
    rows = ask(sample_store, "resolutions-by-session", body="cosp", asset_recovery_only="true")
    assert rows and all(r["asset_recovery"] is True for r in rows)
    ids = {r["resolution"] for r in rows}
    assert {"resolution/cosp/1/4", "resolution/cosp/6/2"} <= ids
    six_two = next(r for r in rows if r["resolution"] == "resolution/cosp/6/2")
    assert six_two["session"] == "session/cosp/6" and six_two["citations"] >= 1
    every = ask(sample_store, "resolutions-by-session", body="cosp")
    assert len(every) > len(rows) and any(r["asset_recovery"] is False for r in every)


def test_networks_by_region(sample_store) -> None:
    rows = ask(sample_store, "networks-by-region")
    carin = next(r for r in rows if r["network"] == "network/carin")
    assert carin["founded_year"] == 2004 and carin["mentions"] >= 1
    asia = ask(sample_store, "networks-by-region", region="ASIA")
    assert "network/arin-ap" in {r["network"] for r in asia} and len(asia) < len(rows)


def test_unlinked_mentions_are_all_listed(sample_store) -> None:
    """Every page joined lists every unlinked mention (pages: tests/queries/test_paged_questions.py)."""
    rows = ask(sample_store, "unlinked-mentions", limit=1_000_000)
    total = sample_store.read("MATCH (:Paragraph)-[:HAS_MENTION]->(m:Mention) RETURN count(m) AS c").rows[0]["c"]
    assert len(rows) == total
    assert all(r["text"] and r["type"] for r in rows)


def test_positions_on_a_separate_instrument_by_kind_of_speaker(sample_store) -> None:
    rows = ask(sample_store, "stances", topic="topic/international-instrument-on-asset-return")
    assert {(r["stance"], r["speaker_kind"], r["quantity"], r["paragraph"]) for r in rows} == {
        ("PROPOSES", "actor/delegations", "one", "12"),
        ("SUPPORTS", "actor/speakers", "one", "13"),
        ("WELCOMES", "actor/delegations", "some", "14"),
        ("OPPOSES", "actor/speakers", "some-other", "15"),
        ("DEFERS", "actor/speakers", "one", "15"),
    }
    assert all(r["document"] == REPORT and r["quote"] for r in rows)
    assert next(r for r in rows if r["stance"] == "PROPOSES")["count"] == 1


def test_positions_taken_at_the_11th_meeting(sample_store) -> None:
    rows = ask(sample_store, "meeting-positions", session="session/wg-ar/11")
    assert {r["position"] for r in rows} == {"PROPOSES", "SUPPORTS", "OPPOSES", "DEFERS", "WELCOMES", "RECOMMENDS"}
    welcomes = {(r["document"], r["paragraph"]) for r in rows if r["position"] == "WELCOMES"}
    assert {(REPORT, "7"), (REPORT, "9"), (REPORT, "14"), (REPORT, "18")} <= welcomes
    assert ("body/wg-ar", AGENDA) in {(r["speaker_kind"], r["document"]) for r in rows}  # 工作组表示赞赏
    assert all(r["quote"] and r["about"] for r in rows)


@pytest.mark.parametrize("session", ["session/wg-ar/11", "session/wg-ar/10", "session/cosp/6"])
def test_a_meetings_positions_are_every_position_in_its_documents(sample_store, session: str) -> None:
    """The documents prepared for the session or for one of its agenda items, all their positions."""
    prepared = sample_store.read(
        "MATCH (d:Document)-[:PREPARED_FOR]->(t) OPTIONAL MATCH (s:Session)-[:HAS_AGENDA_ITEM]->(t) "
        "RETURN d.id AS document, t.id AS target, labels(t) AS labels, s.id AS via", {}).rows
    documents = {r["document"] for r in prepared
                 if (r["target"] == session and "Session" in r["labels"])
                 or (r["via"] == session and "Session" not in r["labels"])}
    expected: dict[tuple, list[str]] = {}
    for x in _positions(sample_store):
        if x["document"] in documents:
            key = (x["position"], x["speaker"], x["document"], x["paragraph"], x["language"], x["quote"])
            expected.setdefault(key, []).append(x["target"])
    rows = ask(sample_store, "meeting-positions", session=session)
    got = {(r["position"], r["speaker_kind"], r["document"], r["paragraph"], r["language"], r["quote"]): r["about"]
           for r in rows}
    assert got == {key: sorted(targets) for key, targets in expected.items()}
    assert rows == sorted(rows, key=lambda r: (r["document"], r["language"]))  # then by place in the text
    assert ask(sample_store, "meeting-positions", session="topic/victim-compensation") == []  # not a session


def test_a_country_named_only_as_a_venue_is_not_a_mention_at_a_meeting(sample_store) -> None:
    rows = ask(sample_store, "mentions-at-meetings", labels="Country")
    countries = {r["entity"] for r in rows}
    assert "country/RUS" not in countries  # 在俄罗斯联邦圣彼得堡举行: where 6/2 was adopted
    assert "country/ETH" in countries  # 埃塞俄比亚政府…着手组办


def test_documents_per_session_and_language(sample_store) -> None:
    rows = ask(sample_store, "documents-by-session", body="wg-ar")
    zh = next(r for r in rows if r["session"] == "session/wg-ar/11" and r["language"] == "zh")
    assert {"CAC/COSP/WG.2/2017/1", "CAC/COSP/WG.2/2017/L.1/Add.1"} <= set(zh["symbols"])
    assert zh["documents"] == len(zh["symbols"])


def test_unknown_organization_is_listed_for_review(store) -> None:
    """A name arkg does not know, read from a document, reaches the curator's saved question."""
    from arkg.ingest.extract import extract
    from arkg.pipeline.build import load_authority, load_extraction

    load_authority(store)
    text = "The Conference of the States Parties heard the National Integrity Agency of Ruritania."
    load_extraction(store, extract(text, name="ruritania-note.txt"))
    rows = ask(store, "unlinked-mentions", type="Organization")
    assert [(r["type"], r["text"]) for r in rows] == [("Organization", "National Integrity Agency of Ruritania")]
