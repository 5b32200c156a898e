"""What a researcher does in the explorer, page by page, in both interface languages (AppTest, real FalkorDB).

Captions, colours, catalogues, evidence cards, the search box, the view in the URL, the meeting and
browse pages. The same tasks run in a real browser in ``test_tasks_browser.py``.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from arkg.explorer import captions, evidence
from arkg.explorer.i18n import REFERENCE, catalogues, read_catalogue
from arkg.graph.model import model
from arkg.graph.settings import Settings
from arkg.graph.stores import Store
from tests.conftest import store_env
from tests.explorer.conftest import APP
from tests.explorer.test_app import assert_clean, drawn, links_to, open_page

EXPLORER = Path(__file__).resolve().parents[2] / "explorer"


@pytest.fixture
def lang(request: pytest.FixtureRequest) -> str:
    st.session_state["lang"] = request.param
    return str(request.param)


def node(label: str, id_: str, **props: object) -> dict:
    return {"id": id_, "labels": ["Entity", label], "properties": {"id": id_, **props}}


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["Art. 56", "Ch. V", "6/2", "A/RES/58/4", "COSP 6", "WG-AR 11", "L.1/Add.1", "CARIN", "Switzerland",
            "¶19", "§ 三", "Item 4(a)", "Item 4(b)", "UNCAC"]),
    ("zh", ["第56条", "第5章", "6/2", "A/RES/58/4", "COSP 6", "WG-AR 11", "L.1/Add.1", "CARIN", "瑞士",
            "第19段", "三.", "项目 4(a)", "项目 4(b)", "公约"]),
], indirect=["lang"])
def test_every_node_gets_a_short_caption_by_type(lang: str, expected: list[str]) -> None:
    doc = "document/CAC/COSP/WG.2/2017/L.1/Add.1"
    nodes = [
        node("Article", "uncac/article/56", number=56, name="Special cooperation"),
        node("Chapter", "uncac/chapter/5", number=5, name="Asset recovery"),
        node("Resolution", "resolution/cosp/6/2", symbol="6/2", body="cosp", name="Facilitating international …"),
        node("Resolution", "resolution/ga/58/4", symbol="58/4", body="ga", name="UNCAC"),
        node("Session", "session/cosp/6", body="cosp", number=6),
        node("Session", "session/wg-ar/11", body="wg-ar", number=11),
        node("Document", doc, symbol="CAC/COSP/WG.2/2017/L.1/Add.1", title_en="Draft report"),
        node("Network", "network/carin", acronym="CARIN", name="Camden Asset Recovery Inter-Agency Network"),
        node("Country", "country/CHE", name="Switzerland", name_en="Switzerland", name_zh="瑞士"),
        node("Paragraph", f"{doc}/para/19", document=doc, number="19"),
        node("Paragraph", f"{doc}/para/s3", document=doc, number="s3", section="三"),
        node("Paragraph", "document/A/1/para/7", document="document/A/1", number="7", section="4(a)"),
        node("AgendaItem", "session/wg-ar/11/agenda/4b", item="4b", number="4(b)", title_zh="受害人赔偿"),
        node("Convention", "uncac", name="United Nations Convention against Corruption"),
    ]
    got = [captions.caption(n, agenda_documents=frozenset({"document/A/1"})) for n in nodes]
    assert got == expected
    assert captions.caption(nodes[6], short=False) == "CAC/COSP/WG.2/2017/L.1/Add.1"
    assert all(len(c) <= captions.LONGEST for c in got)


def test_each_type_has_its_own_colour_from_one_palette() -> None:
    colours = [captions.type_colour(label) for label in sorted(model().labels)]
    assert len(set(colours)) == len(colours)


def test_paragraphs_sort_numerically_headings_first() -> None:
    numbers = ["10", "2", "h1", "s3", "1", "s4"]
    assert sorted(numbers, key=captions.paragraph_order) == ["s3", "s4", "1", "2", "10", "h1"]


def test_every_catalogue_is_complete_and_every_key_used_exists() -> None:
    reference = catalogues()[REFERENCE]
    for code, catalogue in catalogues().items():
        assert catalogue.text.keys() == reference.text.keys(), code
        assert catalogue.captions.keys() == reference.captions.keys(), code
        placeholders = {k: set(re.findall(r"{(\w+)", v)) for k, v in catalogue.text.items()}
        assert placeholders == {k: set(re.findall(r"{(\w+)", v)) for k, v in reference.text.items()}, code
    used = {m for path in EXPLORER.glob("*.py") for m in re.findall(r'\bt\("([a-z_.]+)"', path.read_text())}
    assert used and used <= reference.text.keys(), used - reference.text.keys()
    for label in model().labels:  # every type and relationship has a name in both languages
        for code in ("zh", "en"):
            assert model().node_type(label).names.get(code), (label, code)
    for type_ in model().relationship_types:
        assert model().rel_type(type_).names.get("zh") and model().rel_type(type_).names.get("en"), type_


def test_a_new_language_is_one_catalogue_file(tmp_path: Path) -> None:
    (tmp_path / "ar.toml").write_text('[meta]\nname = "العربية"\ndir = "rtl"\n[text]\n"page.overview" = "نظرة عامة"\n'
                                      '[rel]\nMENTIONS = "يذكر"\n', encoding="utf-8")
    arabic = read_catalogue(tmp_path / "ar.toml")
    assert (arabic.code, arabic.direction, arabic.rels["MENTIONS"]) == ("ar", "rtl", "يذكر")
    (tmp_path / "bad.toml").write_text("[text]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.toml: not a valid interface catalogue"):
        read_catalogue(tmp_path / "bad.toml")


def test_evidence_is_one_card_per_paragraph_in_printed_order(sample_store: Store) -> None:
    rows = sample_store.read("MATCH (:Entity {id: 'resolution/cosp/6/2'})-[r]-() RETURN r").rows
    cards = evidence.collect([r["r"] for r in rows] * 2)  # the same relationships twice: no duplicate card
    keys = [(c.document, c.paragraph) for c in cards]
    assert len(keys) == len(set(keys))
    agenda = [int(c.paragraph) for c in cards if c.document.endswith("2017/1") and c.paragraph.isdigit()]
    assert agenda == sorted(agenda) and len(agenda) > 3  # 20, 30, 38 … not "20", "30", "38" as text
    backed = {r["type"] for c in cards for r in c.relationships}
    assert {"MENTIONS", "CITES", "RECALLS"} <= backed
    paragraph_50 = next(c for c in cards if c.paragraph == "50" and c.document.endswith("2017/1"))
    assert {r["type"] for r in paragraph_50.relationships} >= {"MENTIONS", "CITES", "RECALLS"}
    marked = evidence.highlight_all("a <b> 6/2 and 2/3", ["2/3", "6/2"])
    assert marked == "a &lt;b&gt; <mark>6/2</mark> and <mark>2/3</mark>"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_url_sets_the_language_of_a_fresh_page(sample_store: Store, sample_settings: Settings,
                                                   monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    store_env(monkeypatch, sample_settings)
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params["lang"] = lang
    at.run()
    assert at.title[0].value == catalogues()[lang].text["page.overview"]
    assert at.session_state["lang"] == lang


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_search_page_lists_links_grouped_by_type(app: AppTest, lang: str) -> None:
    for query in ("第五十六条", "Art. 56"):
        at = open_page(app, "search", lang=lang, q=query)
        assert_clean(at)
        groups = [s.value for s in at.subheader]
        assert groups[0].startswith(catalogues()[lang].types.get("Article") or ("条" if lang == "zh" else "Article"))
        assert links_to(at, "uncac/article/56") and links_to(at, "document/CAC/COSP/WG.2/2017/L.1/Add.1/para/19")
        marks = [h.proto.body for h in at.get("html") if "<mark>" in h.proto.body]
        assert marks and all("<mark>第五十六条</mark>" in m for m in marks)
    at = open_page(app, "search", lang=lang, q="zzqxj-nothing")
    assert at.warning and not at.subheader


def test_the_sidebar_search_box_opens_the_search_page(app: AppTest) -> None:
    at = open_page(app, "explore", lang="en")
    at.sidebar.text_input(key="search_box").set_value("CARIN").run()
    assert_clean(at)
    assert at.title[0].value == "Search"
    assert at.query_params["q"] == ["CARIN"] or at.query_params["q"] == "CARIN"
    assert links_to(at, "network/carin")


def test_entity_page_accepts_a_name_or_a_reference(app: AppTest) -> None:
    at = open_page(app, "entity", lang="en", id="article 56")
    assert_clean(at)
    assert at.header[0].value == "Special cooperation"
    at.text_input(key="entity_id").set_value("CARIN").run()
    assert at.header[0].value.startswith("Camden")
    at.text_input(key="entity_id").set_value("zzqxj-nothing").run()
    assert at.warning and not at.header


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_resolution_lineage_both_ways(app: AppTest, lang: str) -> None:
    at = open_page(app, "entity", lang=lang, id="resolution/cosp/6/2")
    assert_clean(at)
    assert catalogues()[lang].text["entity.lineage"] in [s.value for s in at.subheader]
    assert links_to(at, "resolution/cosp/1/4") and links_to(at, "resolution/cosp/2/3")  # what 6/2 recalls
    at = open_page(at, "entity", lang=lang, id="resolution/cosp/1/4")
    assert links_to(at, "resolution/cosp/6/2")  # and, from the older one, what recalls it


def test_explore_shows_a_node_card_and_an_edge_card_with_its_quote(app: AppTest) -> None:
    at = open_page(app, "explore", lang="en", focus="uncac/article/56")
    graph = drawn(at)
    captions_drawn = {n["id"]: n["caption"] for n in graph["nodes"]}
    assert captions_drawn["uncac/article/56"] == "Art. 56" and captions_drawn["uncac/chapter/5"] == "Ch. V"
    assert all(captions_drawn.values())  # every node is captioned
    assert {r["caption"] for r in graph["relationships"]} >= {"mentions", "part of"}
    mention = next(r for r in graph["relationships"] if r["caption"] == "mentions" and "L.1/Add.1" in r["from"])
    at.session_state["explore_graph"] = {"selected": {"nodeIds": [], "relationshipIds": [mention["id"]]}}
    at.run()
    assert_clean(at)
    assert any("<mark>第五十六条</mark>" in h.proto.body for h in at.get("html"))
    assert any("¶19" in m.value and "undocs.org/zh/CAC/COSP/WG.2/2017/L.1/Add.1" in m.value for m in at.markdown)
    assert any("mentions" in c.value for c in at.caption)  # which relationship the paragraph backs


def test_a_double_click_expands_and_nothing_found_clears_the_graph(app: AppTest) -> None:
    at = open_page(app, "explore", focus="uncac/article/56")
    at.session_state["explore_graph"] = {"selected": {"nodeIds": ["uncac/chapter/5"], "relationshipIds": []},
                                         "last_event": {"type": "node_double_click", "id": "uncac/chapter/5"}}
    at.run()
    assert at.session_state["explore_expanded"] == ["uncac/article/56", "uncac/chapter/5"]
    at.text_input(key="explore_q").set_value("zzqxj-nothing").run()
    assert_clean(at)
    assert at.session_state["explore_expanded"] == []
    assert not [el for el in at.main if getattr(el, "type", None) == "bidi_component"]


def test_the_view_is_in_the_url_and_a_fresh_session_shows_it_again(app: AppTest, sample_settings: object,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    at = open_page(app, "explore", lang="en", focus="uncac/article/56")
    at.session_state["explore_graph"] = {"selected": {"nodeIds": ["uncac/chapter/5"], "relationshipIds": []}}
    at.run()
    at.button(key="explore_expand").click().run()
    at.sidebar.slider(key="explore_limit").set_value(100).run()
    url = {k: at.query_params[k] for k in ("focus", "limit", "lang")}
    url = {k: v[0] if isinstance(v, list) else v for k, v in url.items()}
    assert url == {"focus": "uncac/article/56,uncac/chapter/5", "limit": "100", "lang": "en"}
    first = {n["id"] for n in drawn(at)["nodes"]}
    fresh = AppTest.from_file(str(APP), default_timeout=120)  # a new session, as a fresh browser would open
    for key, value in url.items():
        fresh.query_params[key] = value
    fresh = open_page(fresh, "explore")
    assert_clean(fresh)
    assert fresh.session_state["explore_expanded"] == ["uncac/article/56", "uncac/chapter/5"]
    assert fresh.sidebar.slider(key="explore_limit").value == 100
    assert fresh.title[0].value == "Explore"
    assert {n["id"] for n in drawn(fresh)["nodes"]} == first
    fresh.query_params["types"] = "Article,Chapter"  # a filter in a shared URL filters the fresh view
    fresh.run()
    assert set(fresh.session_state["explore_types"]) == {"Article", "Chapter"}
    labels = {lb for n in drawn(fresh)["nodes"] for lb in [n["properties"]["type"]]}
    assert labels == {"Article", "Chapter"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_meeting_page_lists_agenda_items_in_order_with_documents_and_networks(app: AppTest, lang: str) -> None:
    at = open_page(app, "meeting", lang=lang, id="session/wg-ar/11")
    assert_clean(at)
    item = catalogues()[lang].captions["item"]
    items = [m.value for m in at.markdown if m.value.startswith("**" + item.split("{")[0].strip())]
    numbers = [re.search(r"(\d+(?:\\\(\w\\\))?)", i).group(1).replace("\\", "") for i in items]  # type: ignore[union-attr]
    assert numbers == ["1", "1(a)", "1(b)", "2", "3", "4", "4(a)", "4(b)", "5", "6"]
    assert links_to(at, "document/CAC/COSP/WG.2/2017/2")  # prepared for item 4(a)
    mentioned = " ".join(m.value for m in at.markdown)
    assert "CARIN" in mentioned and "ARIN\\-AP" in mentioned  # the networks mentioned at the meeting
    assert len(at.get("expander")) >= 5  # what was said is folded away, not 26 cards in a column


def test_browse_page_lists_the_convention_and_does_without_coordinates(app: AppTest) -> None:
    at = open_page(app, "browse", lang="en", type="Network")
    assert_clean(at)
    assert at.subheader[0].value == "Practitioner network"
    assert "./entity?id=network/carin&lang=en" in set(at.dataframe[0].value["Id"])
    assert any(e.label.replace("\\", "").startswith("Ch. V") for e in at.get("expander"))


def test_ingest_metadata_validates_the_symbol_and_renames_the_document(store: Store) -> None:
    from arkg.explorer.ingest import symbol_problem, with_metadata
    from arkg.explorer.uploads import process_upload
    from arkg.pipeline.build import load_authority, load_extraction

    assert symbol_problem("CAC/COSP/WG.2/2018/2") is None
    assert symbol_problem("A/RES/58/4") is None
    for bad in ("", "UNKNOWN/note", "cac/cosp/1", "CAC", "CAC//2", "CAC/COSP 2018"):
        assert symbol_problem(bad) == "ingest.bad_symbol", bad
    text = "资产追回问题工作组\n\n1. 工作组讨论了《公约》第五十六条。\n\n2. 卡姆登资产追回机构间网络介绍了其工作。\n"
    extraction = process_upload(text.encode("utf-8"), "note.txt")
    unprinted = extraction.document.id  # no symbol printed: the identity rules' own id
    assert with_metadata(extraction, "", "zh", "", "说明", "").document.id == unprinted
    ready = with_metadata(extraction, "CAC/COSP/WG.2/2018/9", "zh", "session/wg-ar/12", "说明", "2018-06-06")
    load_authority(store)
    loaded, _ = load_extraction(store, ready)
    assert loaded
    ids = {r["id"] for r in store.read("MATCH (n:Entity) RETURN n.id AS id").rows}
    assert not {i for i in ids if "UNKNOWN" in i or i.startswith(unprinted)}
    assert "document/CAC/COSP/WG.2/2018/9/para/1" in ids
    rows = store.read("MATCH (p:Paragraph)-[r:MENTIONS]->(:Article {id: 'uncac/article/56'}) "
                               "RETURN p.document AS d, r.document AS e").rows
    assert rows and {(r["d"], r["e"]) for r in rows} == {("document/CAC/COSP/WG.2/2018/9",) * 2}
    doc = store.read("MATCH (d:Document {id: 'document/CAC/COSP/WG.2/2018/9'}) RETURN d").rows[0]["d"]
    assert (doc["properties"]["date"], doc["properties"]["title_zh"]) == ("2018-06-06", "说明")
    from rdflib import Graph

    from arkg.explorer.export import export_bytes
    from arkg.graph.validate import validate_graph

    report = validate_graph(Graph().parse(data=export_bytes(store, "turtle").decode("utf-8"),
                                          format="turtle"))
    assert report.conforms, report.violations[:3]  # the export with the uploaded document still validates


def test_ingest_page_asks_for_the_metadata_in_both_languages(app: AppTest) -> None:
    for lang in ("zh", "en"):
        at = open_page(app, "ingest", lang=lang)
        assert_clean(at)
        assert at.title[0].value == catalogues()[lang].text["page.ingest"]


def test_hostile_text_in_the_search_box_and_the_entity_box_changes_nothing(app: AppTest, sample_store: Store) -> None:
    from tests.explorer.test_hostile_inputs import HOSTILE

    before = sample_store.stats()
    for value in HOSTILE:
        at = open_page(app, "search", lang="en", q=value)
        assert not at.exception, value
        at = open_page(at, "entity", id=value)  # the entity page's box takes names too
        assert not at.exception, value
    assert sample_store.stats() == before


def test_saved_questions_have_chinese_titles_and_take_names_for_ids(app: AppTest) -> None:
    from arkg import queries

    chinese = catalogues()["zh"].questions
    for question in queries.catalogue():
        assert chinese.get(f"{question.name}.title") and chinese.get(f"{question.name}.question"), question.name
    at = open_page(app, "questions", lang="zh")
    at.selectbox(key="questions_pick").set_value("article-citations").run()
    assert "引用某一条款的文件和会议" in at.selectbox(key="questions_pick").options
    at.text_input(key="q_article-citations_article").set_value("第五十六条")
    at.get("form_submit_button")[0].click().run()
    assert_clean(at)
    assert set(at.dataframe[0].value["article"]) == {"uncac/article/56"}
    assert any("uncac/article/56" in c.value for c in at.caption)


@pytest.mark.parametrize(("neighbours", "height", "width"), [(30, 620, 520), (200, 760, 960)])
def test_every_node_of_a_star_is_drawn_large_enough_for_its_caption(neighbours: int, height: int, width: int) -> None:
    from arkg.explorer import viz

    sub = viz.Subgraph()
    sub.add(node("Article", "uncac/article/56", number=56))
    for i in range(neighbours):
        sub.add(node("Paragraph", f"document/A/1/para/{i}", document="document/A/1", number=str(i)))
        sub.add({"type": "MENTIONS", "start": f"document/A/1/para/{i}", "end": "uncac/article/56", "properties": {}})
    for where in (sub.positions(centres=["uncac/article/56"]), sub.positions()):  # expanded, or a query's hub
        assert where["uncac/article/56"] == pytest.approx((0.0, 0.0), abs=20.0)  # the hub in the middle
        drawing = sub.visualization(focus=["uncac/article/56"], positions=where)
        zoom = viz._fitting_zoom(drawing, height, width)
        assert min(n.size for n in drawing.nodes) * zoom >= viz.CAPTION_RADIUS  # NVL captions every node
        points = list(where.values())
        closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
        assert closest >= 2 * min(n.size for n in drawing.nodes)  # and no two overlap
