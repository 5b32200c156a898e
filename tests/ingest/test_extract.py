from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arkg.graph.model import model
from arkg.ingest.evaluate import GOLD_DIR
from arkg.ingest.extract import extract, extract_path

ROOT = Path(__file__).resolve().parents[2]
SEED0 = ROOT / "ingest" / "samples" / "000_dfa604476778263f.txt"
SEED1 = ROOT / "ingest" / "samples" / "001_42877f188cf903a3.txt"
GOLD = GOLD_DIR


@pytest.fixture(scope="module")
def agenda():
    return extract_path(SEED0)


@pytest.fixture(scope="module")
def report():
    return extract_path(SEED1)


def linked(ex) -> set[str]:
    return {m.id for m in ex.mentions if m.id}


def test_agenda_identity(agenda) -> None:
    doc = agenda.to_json()["document"]
    assert doc["id"] == "document/CAC/COSP/WG.2/2017/1" and agenda.document.symbol_inferred is True
    # "2017 年 8 月 24 日和 25 日，维也纳" are the meeting's days, not the document's: its date stays unknown
    assert (doc["language"], doc["date"], agenda.document.session) == ("zh", "", "session/wg-ar/11")


def test_agenda_mentions(agenda) -> None:
    expected = {
        "resolution/cosp/6/2",
        "resolution/cosp/6/3",
        "resolution/cosp/1/4",
        "resolution/cosp/2/3",
        "uncac/article/56",
        "document/CAC/COSP/WG.2/2017/3",
        "document/CAC/COSP/WG.2/2017/2",
        "document/CAC/COSP/WG.2/2016/CRP.1",
        "document/CAC/COSP/WG.2/2017/CRP.1",
        "session/cosp/6",
        "session/wg-ar/10",
        "session/wg-ar/11",  # also "本次会议": this document's own meeting
        "place/saint-petersburg",
        "country/RUS",
        "place/vienna",
        "org/unodc",
        "org/world-bank",
        "org/star",
        "org/icar",
        "initiative/gfar",
        "country/ETH",
        "country/CHE",
        "event/addis-ababa-2017-02",
        "body/wg-ar",
        "body/cosp",
    }
    assert expected <= linked(agenda)
    assert not any("undocs.org" in m.text for m in agenda.mentions)


def test_agenda_relations(agenda) -> None:
    rels = {(r.source, r.type, r.target) for r in agenda.relations}
    item = "session/wg-ar/11/agenda/"
    assert ("document/CAC/COSP/WG.2/2017/2", "PREPARED_FOR", item + "4a") in rels
    assert ("document/CAC/COSP/WG.2/2016/CRP.1", "PREPARED_FOR", item + "4b") in rels
    assert ("document/CAC/COSP/WG.2/2017/CRP.1", "PREPARED_FOR", item + "5") in rels
    assert ("session/wg-ar/11", "HAS_AGENDA_ITEM", item + "4b") in rels
    assert {
        (item + "4a", "CONCERNS", "uncac/article/56"),
        (item + "4a", "CONCERNS", "topic/spontaneous-information-sharing"),
    } <= rels
    assert {
        ("resolution/cosp/6/2", "RECALLS", "resolution/cosp/1/4"),
        ("resolution/cosp/6/2", "RECALLS", "resolution/cosp/2/3"),
    } <= rels


def test_report(report) -> None:
    assert report.document.id == "document/CAC/COSP/WG.2/2017/L.1/Add.1"
    assert report.document.session == "session/wg-ar/11" and report.document.date == ""  # none printed
    numbers = [p.number for p in report.paragraphs if p.role == "paragraph"]
    assert numbers == [str(n) for n in range(1, 23)]
    expected = {
        "resolution/cosp/6/3",
        "resolution/cosp/6/1",
        "resolution/cosp/6/4",
        "resolution/cosp/5/3",
        "resolution/cosp/6/2",
        "uncac/chapter/5",
        "uncac/article/43",
        "uncac/article/56",
        "network/carin",
        "network/arin-ap",
        "network/rrag",
        "network/eu-aro",
        "event/addis-ababa-2017-02",
        "event/abuja-2017-06",
        "initiative/lausanne-process",
        "publication/lausanne-guidelines",
        "org/oecd-global-forum-tax",
        "org/oecd",
    }
    assert expected <= linked(report)
    art43 = next(m for m in report.mentions if m.id == "uncac/article/43")
    assert art43.paragraph == "19" and art43.text == "第四十三条"


def test_session_anaphora_on_the_seeds(agenda, report) -> None:
    assert ("session/wg-ar/11", "本次会议") in {(m.id, m.text) for m in agenda.mentions}
    assert ("session/wg-ar/10", "工作组上次会议") in {(m.id, m.text) for m in report.mentions}


def test_report_positions_on_the_proposal(report) -> None:
    proposal = "topic/international-instrument-on-asset-return"
    positions = {
        (r.evidence.paragraph, r.type, r.source, r.props.get("quantity"))
        for r in report.relations if r.target == proposal and r.type != "MENTIONS" and r.source.startswith("actor/")
    }
    assert positions == {
        ("12", "PROPOSES", "actor/delegations", "one"),  # 一个代表团提议
        ("13", "SUPPORTS", "actor/speakers", "one"),  # 一名发言者明确支持这一提议
        ("14", "WELCOMES", "actor/delegations", "some"),  # 一些代表团对这项提议表示欢迎
        ("15", "OPPOSES", "actor/speakers", "some-other"),  # 其他一些发言者…不需要新增国际文书
        ("15", "DEFERS", "actor/speakers", "one"),  # 一名发言者…为时尚早
    }


def test_report_paragraphs_are_discussed_under_items_2_and_3(report) -> None:
    under = {r.source.rsplit("/", 1)[1]: r.target for r in report.relations if r.type == "DISCUSSED_UNDER"}
    assert under == {str(n): f"session/wg-ar/11/agenda/{2 if n <= 15 else 3}" for n in range(1, 23)}


def test_agenda_mandates_of_resolution_1_4_and_the_secretariat(agenda) -> None:
    issued = {r.target: r.source for r in agenda.relations if r.type == "ISSUES"}
    asked = [(issued[r.source], r.target) for r in agenda.relations if r.type == "ADDRESSED_TO"]
    assert asked.count(("resolution/cosp/1/4", "body/wg-ar")) == 6  # functions (a)–(f)
    assert {("resolution/cosp/6/2", "org/unodc-secretariat"), ("resolution/cosp/6/3", "org/unodc-secretariat"),
            ("session/wg-ar/10", "org/unodc-secretariat"), ("resolution/cosp/6/3", "org/unodc")} <= set(asked)
    labels = {label for _, label, _ in agenda.nodes}
    assert labels == {"Mandate", "Actor", "Organization"}


def test_agenda_timetable_rows_are_not_paragraphs(agenda) -> None:
    rows = [p for p in agenda.paragraphs if p.role == "row"]
    assert rows and all(p.number.startswith("annex-") for p in rows)
    assert any("会议开幕" in agenda.text[p.start:p.end] for p in rows)
    assert "69" not in {p.number for p in agenda.paragraphs}


def test_json_contract(report) -> None:
    data = json.loads(json.dumps(report.to_json(), ensure_ascii=False))
    assert set(data) == {"document", "mentions", "relations"}
    assert {"id", "symbol", "language", "title", "date"} <= set(data["document"])
    for m in data["mentions"]:
        assert set(m) == {"id", "type", "text", "start", "end", "paragraph"}
        assert report.text[m["start"] : m["end"]] == m["text"]
    for r in data["relations"]:
        ev = r["evidence"]
        assert report.text[ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.parametrize("path", [SEED0, SEED1, *sorted(GOLD.glob("*.txt"))], ids=lambda p: p.name)
def test_batch_fits_the_model(path: Path) -> None:
    ex = extract_path(path)
    batch = ex.to_batch()
    m = model()
    from arkg.ingest.authority import authority

    labels = {n.id: n.label for n in authority().batch.nodes}
    labels.update({n.id: n.label for n in batch.nodes})
    for node in batch.nodes:
        m.check_node(node)
    for edge in batch.edges:
        assert edge.evidence is not None and ex.text[edge.evidence.start : edge.evidence.end] == edge.evidence.text
        m.check_edge(edge, labels.get(edge.source), labels.get(edge.target))
        assert edge.source in labels and edge.target in labels, edge
    unlinked = [n for n in batch.nodes if n.label == "Mention"]
    assert len(unlinked) == sum(1 for mention in ex.mentions if mention.id is None)


def test_unlinked_resolution_kept() -> None:
    ex = extract("缔约国会议第 9/99 号决议和第 6/2 号决议。")
    kinds = {(m.id, m.type) for m in ex.mentions}
    assert (None, "Resolution") in kinds and ("resolution/cosp/6/2", "Resolution") in kinds
    assert any(r.type == "HAS_MENTION" for r in ex.relations)


def test_same_entity_same_id_across_languages() -> None:
    zh = linked(extract_path(SEED1))
    en = linked(extract_path(GOLD / "en_report.txt"))
    assert {"network/carin", "publication/lausanne-guidelines", "uncac/chapter/5", "org/icar"} <= zh & en


def test_language_detection() -> None:
    langs = {p.stem.split("_")[0]: extract_path(p).language for p in GOLD.glob("*.txt")}
    assert langs == {"en": "en", "fr": "fr", "es": "es", "ru": "ru", "ar": "ar"}


_PIECES = st.sampled_from(
    [
        "第 6/2 号决议",
        "CAC/COSP/\n\nWG.2/2017/3",
        "《公约》第五十六条",
        "世界银\n\n行",
        "\n\n",
        " ",
        "12. ",
        "resolution 6/2",
        "articles 51 to 59",
        "维也纳",
        "。",
        "Ｖｉｅｎｎａ",
        "三. 标题\n",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12))
def test_quotes_always_equal_text_slices(pieces: list[str]) -> None:
    text = "".join(pieces)
    ex = extract(text)
    for m in ex.mentions:
        assert text[m.start : m.end] == m.text
    for r in ex.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text


def test_a_topic_inside_a_longer_name_still_tags_the_paragraph(report) -> None:
    # ¶9 names the study 关于有效管理和处置所扣押和没收资产的研究报告 …; ¶11 the Addis meeting on
    # recovered assets "（包括支持可持续发展）": the names win the longest match, the topics are kept too
    tagged = {(r.source.rsplit("/", 1)[1], r.target) for r in report.relations if r.type == "MENTIONS"}
    assert ("9", "topic/asset-management-and-disposal") in tagged
    assert ("11", "topic/sustainable-development-goals") in tagged
    mentioned = {(m.paragraph, m.id) for m in report.mentions}
    assert ("11", "topic/sustainable-development-goals") not in mentioned  # a tag, not a second mention


def test_the_linker_can_look_for_one_label_only() -> None:
    from arkg.ingest.linker import linker

    name = "the Global Forum on Asset Recovery"
    assert {h.label for h in linker().find(name)} == {"Initiative"}
    assert {(h.label, h.id) for h in linker().find(name, only="Topic")} == {("Topic", "topic/asset-recovery")}
