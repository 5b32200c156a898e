"""The explorer app, page by page, through Streamlit's AppTest against the sample graph on a real FalkorDB."""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import replace
from typing import Any

import pytest
from rdflib import Graph, URIRef
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from arkg import queries
from arkg.cli.export import RDF_FORMATS as CLI_FORMATS
from arkg.explorer.entity import highlight
from arkg.explorer.explore import neighbourhood
from arkg.explorer.export import FORMATS, export_bytes
from arkg.explorer.i18n import catalogues
from arkg.explorer.ingest import highlighted
from arkg.explorer.nav import PAGES
from arkg.explorer.uploads import MAX_BYTES, process_upload
from arkg.graph.settings import Settings
from arkg.graph.stores import Store
from arkg.ingest.readers import ReadError
from arkg.pipeline.build import load_authority, load_extraction
from tests.conftest import store_env
from tests.explorer.conftest import APP

UPLOAD = (
    "CAC/COSP/WG.2/2018/2\n\n资产追回问题不限成员名额政府间工作组\n2018 年 6 月 6 日和 7 日，维也纳\n\n"
    "1. 工作组讨论了《公约》第五十六条，以及卡姆登资产追回机构间网络的作用。<b>粗体</b>\n"
)


def open_page(at: AppTest, name: str, lang: str | None = None, **query: str) -> AppTest:
    """Go to a function page: AppTest.switch_page only knows files, st.Page hashes the url path."""
    for key, value in query.items():
        at.query_params[key] = value
    if lang:
        at.session_state["lang"] = lang
    at._page_hash = calc_hash(name)
    return at.run()


#: A Markdown backslash escape (CommonMark: any ASCII punctuation), as ``explorer.markup.plain`` writes them.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def rendered(markdown: str) -> str:
    """The text a reader sees for ``markdown`` whose values ``plain`` escaped (``read\\-only`` reads ``read-only``)."""
    return _ESCAPE.sub(r"\1", markdown)


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def drawn(at: AppTest) -> dict:
    """The data the page sends to its neo4j-viz component (AppTest cannot run the JavaScript itself)."""
    components = [el for el in at.main if getattr(el, "type", None) == "bidi_component"
                  and el.proto.component_name == "arkg_graph"]
    assert len(components) == 1
    return json.loads(components[0].proto.json)


def page_links(at: AppTest) -> list[str]:
    return [link.proto.query_string for link in at.get("page_link")]


def links_to(at: AppTest, id_: str) -> bool:
    """Whether the page links to ``id_`` (page links carry the language too)."""
    from urllib.parse import parse_qs

    targets = [(parse_qs(q).get("id") or parse_qs(q).get("focus") or [""])[0] for q in page_links(at)]
    return any(id_ in target.split(",") for target in targets)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", [name for name, _, _ in PAGES])
def test_every_page_renders_in_both_languages(app: AppTest, name: str, lang: str) -> None:
    at = open_page(app, name, lang=lang)
    assert_clean(at)
    assert not at.warning, [w.value for w in at.warning]  # no page is missing a module it is built on
    assert at.title[0].value == catalogues()[lang].text[f"page.{name}"]


def test_sidebar_switches_the_interface_language(app: AppTest) -> None:
    at = open_page(app, "overview")
    assert at.title[0].value == "概览"
    at.sidebar.radio[0].set_value("en").run()
    assert at.title[0].value == "Overview"
    assert "Try a question" in [s.value for s in at.subheader]


def test_overview_shows_counts_timeline_mentions_and_documents(app: AppTest) -> None:
    at = open_page(app, "overview", lang="en")
    assert_clean(at)
    # the first screen first: what is below the fold waits for the browser's report that it shows (explorer/later.py)
    assert [s.value for s in at.subheader] == ["Try a question"] and not at.dataframe
    assert at.text_input(key="landing_search") is not None
    at.session_state["landing_painted"] = {"painted": True}  # what the component's script reports
    at.run()
    assert_clean(at)
    assert [s.value for s in at.subheader] == ["Try a question", "Nodes by type", "Relationships by type",
                                               "Sessions on a timeline", "Most-mentioned entities",
                                               "Documents ingested"]
    counts, relationships, sessions, mentioned, documents = (d.value for d in at.dataframe)
    assert "mentions" in set(relationships["Type"]) and "MENTIONS" not in set(relationships["Type"])
    assert "./browse?type=Article&lang=en" in set(counts["Browse"])
    assert "./meeting?id=session/wg-ar/11&lang=en" in set(sessions["Id"])
    assert len(mentioned) > 5 and mentioned["Mentions"].is_monotonic_decreasing
    assert "./entity?id=uncac/article/56&lang=en" in set(mentioned["Id"])  # a link column: the row opens its entity
    assert {"./entity?id=document/CAC/COSP/WG.2/2017/1&lang=en",
            "./entity?id=document/CAC/COSP/WG.2/2017/L.1/Add.1&lang=en"} <= set(documents["Symbol"])
    assert set(documents["Languages"]) == {"zh"}
    assert any("**2** ingested documents" in m.value for m in at.markdown)
    for target in ("uncac/article/56", "resolution/cosp/6/2", "session/wg-ar/11", "network/carin"):
        assert links_to(at, target), target  # the example questions open with one click


def test_search_for_the_chinese_article_reference_draws_article_56(app: AppTest) -> None:
    at = open_page(app, "explore")
    at.text_input(key="explore_q").set_value("第五十六条").run()
    assert_clean(at)
    results = at.radio(key="explore_hits_第五十六条")
    assert results.value == "uncac/article/56"
    assert results.options[0].endswith("uncac/article/56")
    assert at.session_state["explore_expanded"] == ["uncac/article/56"]
    graph = drawn(at)
    node_ids = {n["id"] for n in graph["nodes"]}
    assert "uncac/article/56" in node_ids and any("/para/" in i for i in node_ids)
    assert {r["from"] for r in graph["relationships"]} | {r["to"] for r in graph["relationships"]} <= node_ids
    assert "条" in {e["label"] for e in graph["legend"]["nodes"]["entries"]}  # coloured by type, legend in zh
    for query, expected in (("Art. 56", "uncac/article/56"), ("CARIN", "network/carin"),
                            ("缔约国会议", "body/cosp"), ("资产追回", "topic/asset-recovery")):
        at.text_input(key="explore_q").set_value(query).run()
        assert at.session_state["explore_focus"] == expected, query


def test_clicking_a_node_shows_it_and_expands_it(app: AppTest) -> None:
    at = open_page(app, "explore", focus="uncac/article/56")
    assert at.session_state["explore_expanded"] == ["uncac/article/56"]
    # what the neo4j-viz component writes back when the user clicks a node
    at.session_state["explore_graph"] = {"selected": {"nodeIds": ["uncac/chapter/5"], "relationshipIds": []}}
    at.run()
    assert_clean(at)
    assert any("uncac/chapter/5" in c.value for c in at.caption)
    assert links_to(at, "uncac/chapter/5")
    at.button(key="explore_expand").click().run()
    assert at.session_state["explore_expanded"] == ["uncac/article/56", "uncac/chapter/5"]


def test_neighbourhood_filters_by_type_relationship_and_date(sample_store: Store) -> None:
    everything = neighbourhood(sample_store, ["uncac/article/56"])
    labels = {lb for n in everything.nodes.values() for lb in n["labels"]}
    assert {"Article", "Paragraph", "Chapter"} <= labels
    paragraphs = neighbourhood(sample_store, ["uncac/article/56"], labels=["Paragraph"])
    assert set(paragraphs.nodes) - {"uncac/article/56"}
    assert all("Paragraph" in n["labels"] for i, n in paragraphs.nodes.items() if i != "uncac/article/56")
    part_of = neighbourhood(sample_store, ["uncac/article/56"], rels=["PART_OF"])
    assert set(part_of.nodes) == {"uncac/article/56", "uncac/chapter/5"}
    sessions = neighbourhood(sample_store, ["body/wg-ar"], labels=["Session"])
    in_2017 = neighbourhood(sample_store, ["body/wg-ar"], labels=["Session"], dates=("2017-01-01", "2017-12-31"))
    assert "session/wg-ar/11" in in_2017.nodes and len(in_2017.nodes) < len(sessions.nodes)
    assert all((n["properties"].get("start_date") or "2017")[:4] == "2017"
               for i, n in in_2017.nodes.items() if i != "body/wg-ar")
    for rel in everything.relationships.values():  # drawn by canonical ids, never store-internal ids
        assert rel["start"] in everything.nodes and rel["end"] in everything.nodes


def test_entity_page_shows_evidence_with_marked_quote_and_undocs_link(app: AppTest) -> None:
    at = open_page(app, "entity", lang="en", id="uncac/article/56")
    assert_clean(at)
    assert at.header[0].value == "Special cooperation"
    quotes = [h.proto.body for h in at.get("html")]
    # the mention itself, or the statement around it (a recommendation to share information under article 56)
    assert quotes and all("第五十六条" in q.split("<mark>")[1].split("</mark>")[0] for q in quotes)
    assert any("<mark>第五十六条</mark>" in q for q in quotes)
    links = " ".join(m.value for m in at.markdown)
    assert "https://undocs.org/zh/CAC/COSP/WG.2/2017/L.1/Add.1" in links
    assert "¶19" in links and "¶s" not in links and "¶h" not in links
    # in one click: the paragraphs that cite it, and the meeting where it was discussed
    assert links_to(at, "document/CAC/COSP/WG.2/2017/L.1/Add.1/para/19")
    assert links_to(at, "session/wg-ar/11")
    assert "Names in every language" in [s.value for s in at.subheader]
    assert links_to(at, "uncac/article/56")  # and its neighbourhood in the graph


def test_a_resolutions_entity_page_shows_what_it_asks_and_of_whom(app: AppTest) -> None:
    at = open_page(app, "entity", lang="en", id="resolution/cosp/6/3")
    assert_clean(at)
    assert "What it asks, and of whom" in [s.value for s in at.subheader]
    mandates = next(d.value for d in at.dataframe if "verb" in d.value.columns)
    assert {"requests", "encourages", "mandates"} <= set(mandates["verb"])
    assert all(mandates["quote"])


def test_a_meetings_entity_page_shows_the_positions_taken(app: AppTest) -> None:
    at = open_page(app, "entity", lang="en", id="session/wg-ar/11")
    assert_clean(at)
    assert "Positions taken at this meeting" in [s.value for s in at.subheader]
    positions = next(d.value for d in at.dataframe if "position" in d.value.columns)
    assert {"PROPOSES", "OPPOSES", "WELCOMES"} <= set(positions["position"])
    assert not [c for c in at.caption if "are shown" in c.value]  # every position fits in one page


def test_a_meetings_page_with_a_full_page_of_positions_says_where_the_rest_are(
        app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    """meeting-positions answers a page at a time; with a page of 2 (the sample's meetings hold fewer than
    its default 500), the page shows 2 and says that the policy questions page gives the rest."""
    original = queries.get

    def small_page(name: str, *args: Any) -> queries.SavedQuestion:
        question = original(name, *args)
        if name != "meeting-positions":
            return question
        params = tuple(replace(p, default=2) if p.name == "limit" else p for p in question.parameters)
        return replace(question, parameters=params)

    monkeypatch.setattr(queries, "get", small_page)
    at = open_page(app, "entity", lang="en", id="session/wg-ar/11")
    assert_clean(at)
    positions = next(d.value for d in at.dataframe if "position" in d.value.columns)
    assert len(positions) == 2
    assert [c for c in at.caption if "The first 2 are shown" in rendered(c.value)
            and "meeting-positions" in rendered(c.value)]


def test_a_link_to_another_entity_starts_a_new_explore_view(app: AppTest) -> None:
    at = open_page(app, "explore", focus="uncac/article/56")
    at.session_state["explore_graph"] = {"selected": {"nodeIds": ["uncac/chapter/5"], "relationshipIds": []}}
    at.run()
    at.button(key="explore_expand").click().run()
    assert at.session_state["explore_expanded"] == ["uncac/article/56", "uncac/chapter/5"]
    at.run()  # a rerun keeps what the user expanded
    assert at.session_state["explore_expanded"] == ["uncac/article/56", "uncac/chapter/5"]
    at = open_page(at, "explore", focus="network/carin")  # e.g. "show in the graph" on CARIN's entity page
    assert_clean(at)
    assert at.session_state["explore_expanded"] == ["network/carin"]
    assert {n["id"] for n in drawn(at)["nodes"]} >= {"network/carin"}
    at.text_input(key="explore_q").set_value("第五十六条").run()  # a search moves the view, and its URL
    assert at.session_state["explore_focus"] == "uncac/article/56"
    assert at.query_params["focus"] == "uncac/article/56"


def test_entity_page_for_an_unknown_id_says_so(app: AppTest) -> None:
    at = open_page(app, "entity", id="uncac/article/999")
    assert not at.exception
    assert "uncac/article/999" in at.warning[0].value


def test_quote_highlighting_escapes_html() -> None:
    assert highlight("a <b> 第五十六条 c", "第五十六条") == "a &lt;b&gt; <mark>第五十六条</mark> c"
    assert highlight("x 56 y 56", "56", at=7) == "x 56 y <mark>56</mark>"
    assert highlight("<i>", "missing") == "&lt;i&gt;"


def test_saved_question_runs_with_its_form_and_shows_its_cypher(app: AppTest) -> None:
    from arkg import queries

    at = open_page(app, "questions", lang="en")
    question = queries.get(at.selectbox(key="questions_pick").value)
    assert question.cypher in [c.value for c in at.code]
    at.selectbox(key="questions_pick").set_value("article-citations").run()
    at.text_input(key="q_article-citations_article").set_value("uncac/article/56")
    at.get("form_submit_button")[0].click().run()
    assert_clean(at)
    table = at.dataframe[0].value
    assert len(table) > 0 and set(table["article"]) == {"uncac/article/56"}
    assert {b.proto.label for b in at.get("download_button")} >= {"Download CSV", "Download JSON"}


@pytest.mark.parametrize(("name", "column"), [("secretariat-requests", "quote"), ("topic-across-sessions", "text"),
                                             ("meeting-positions", "quote")])
def test_a_paged_question_takes_its_page_from_the_form(app: AppTest, sample_store: Store, name: str,
                                                       column: str) -> None:
    """A question that declares ``limit`` and ``offset``: the form shows them and the page asked for comes."""
    from arkg import queries

    at = open_page(app, "questions", lang="en")
    at.selectbox(key="questions_pick").set_value(name).run()
    assert at.number_input(key=f"q_{name}_limit").value == 500
    at.number_input(key=f"q_{name}_limit").set_value(3)
    at.number_input(key=f"q_{name}_offset").set_value(2)
    at.get("form_submit_button")[0].click().run()
    assert_clean(at)
    whole = queries.run(sample_store, name, {"limit": 100}).rows
    assert len(whole) > 5 and list(at.dataframe[0].value[column]) == [r[column] for r in whole[2:5]]


def test_console_runs_reads_refuses_writes_and_shows_the_store_error(app: AppTest) -> None:
    at = open_page(app, "console", lang="en")
    at.button(key="console_run").click().run()
    assert_clean(at)
    assert len(at.dataframe[0].value) > 0
    at.text_area(key="console_query").set_value("CREATE (n)")
    at.button(key="console_run").click().run()
    assert not at.exception
    assert "read-only" in rendered(at.error[0].value) and "CREATE" in at.error[0].value
    at.text_area(key="console_query").set_value("MATCH (n) RETURN nosuchfunction(n)")
    at.button(key="console_run").click().run()
    assert not at.exception
    assert at.error[0].value.startswith("The store rejected the query:")
    assert "nosuchfunction" in at.error[0].value


def test_ingest_reads_extracts_and_loads_an_upload(store: Store) -> None:
    extraction = process_upload(UPLOAD.encode("utf-8"), "note.txt")
    assert extraction.document.id == "document/CAC/COSP/WG.2/2018/2"
    linked = {m.id for m in extraction.mentions}
    assert {"uncac/article/56", "network/carin"} <= linked
    shown = highlighted(extraction.text, extraction.mentions)
    assert "<mark title=\"Article uncac/article/56\">第五十六条</mark>" in shown
    assert "&lt;b&gt;粗体&lt;/b&gt;" in shown and "<b>" not in shown
    load_authority(store)  # an upload lands in a built graph
    loaded, written = load_extraction(store, extraction)
    assert loaded and written > 0
    rows = store.read("MATCH (p:Paragraph)-[:MENTIONS]->(a:Article {id: 'uncac/article/56'}) "
                               "RETURN p.document AS d").rows
    assert {"document/CAC/COSP/WG.2/2018/2"} == {r["d"] for r in rows}
    assert load_extraction(store, extraction) == (False, 0)


def test_ingest_refuses_oversized_and_empty_uploads() -> None:
    with pytest.raises(ReadError, match="big.txt: file is larger than the 20 MB limit"):
        process_upload(b"x" * (MAX_BYTES + 1), "big.txt")
    with pytest.raises(ReadError, match="empty.txt: file is empty"):
        process_upload(b"", "empty.txt")


def test_export_produces_turtle_json_ld_and_csv(sample_store: Store) -> None:
    turtle = export_bytes(sample_store, "turtle")
    graph = Graph().parse(data=turtle.decode("utf-8"), format="turtle")
    assert (URIRef("https://w3id.org/arkg/id/uncac/article/56"), None, None) in graph
    jsonld = Graph().parse(data=export_bytes(sample_store, "jsonld").decode("utf-8"), format="json-ld")
    assert len(jsonld) > 100
    with zipfile.ZipFile(io.BytesIO(export_bytes(sample_store, "csv"))) as archive:
        assert {"nodes.csv", "relationships.csv"} <= set(archive.namelist())
        assert "uncac/article/56" in archive.read("nodes.csv").decode("utf-8")
    assert set(FORMATS) == set(CLI_FORMATS) | {"graphml", "csv"}  # every format arkg export has


def test_export_page_offers_every_format(app: AppTest) -> None:
    at = open_page(app, "export", lang="en")
    assert_clean(at)
    labels = {rendered(b.proto.label) for b in at.get("download_button")}
    assert labels == {f"Download {label}" for _, _, label in FORMATS.values()}


def test_an_empty_graph_says_to_build_it(settings: Settings, store: Store,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store_env(monkeypatch, settings)
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.session_state["lang"] = "en"
    for name in ("overview", "explore", "entity", "analytics", "export"):
        at._page_hash = calc_hash(name)
        at.run()
        assert not at.exception
        assert "The graph is empty — run `arkg build` first." in [i.value for i in at.info], name
