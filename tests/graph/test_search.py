"""The name index: any name, alias or reference in any language finds the entity, best match first."""

from __future__ import annotations

import pytest

from arkg.graph.records import Batch, Node
from arkg.graph.search import NameIndex, build_index, normalise, references
from arkg.graph.stores import Store


def _batch() -> Batch:
    return Batch(nodes=[
        Node("uncac/article/56", "Article", {"id": "uncac/article/56", "number": 56, "name": "Special cooperation",
                                             "title_en": "Special cooperation", "title_zh": "特别合作"}),
        Node("uncac/article/5", "Article", {"id": "uncac/article/5", "number": 5, "name": "Preventive policies"}),
        Node("uncac/chapter/5", "Chapter", {"id": "uncac/chapter/5", "number": 5, "name": "Asset recovery",
                                            "title_zh": "资产的追回"}),
        Node("body/cosp", "Body", {"id": "body/cosp", "acronym": "COSP", "name": "Conference of the States Parties",
                                   "name_zh": "联合国反腐败公约缔约国会议", "aliases": ["缔约国会议", "CoSP"]}),
        Node("body/wg-ar", "Body", {"id": "body/wg-ar", "name": "Working Group on Asset Recovery",
                                    "name_zh": "资产追回问题工作组",
                                    "aliases": ["资产追回问题不限成员名额政府间工作组"]}),
        Node("network/carin", "Network", {"id": "network/carin", "acronym": "CARIN",
                                          "name": "Camden Asset Recovery Inter-Agency Network"}),
        Node("topic/asset-recovery", "Topic", {"id": "topic/asset-recovery", "name": "Asset recovery",
                                               "name_zh": "资产追回", "name_ru": "возвращение активов"}),
        Node("resolution/cosp/6/2", "Resolution", {"id": "resolution/cosp/6/2", "symbol": "6/2", "name": "Facilitating"
                                                   " international cooperation in asset recovery"}),
        Node("resolution/ga/58/4", "Resolution", {"id": "resolution/ga/58/4", "symbol": "58/4",
                                                  "name": "United Nations Convention against Corruption"}),
        Node("document/CAC/COSP/WG.2/2017/3", "Document", {"id": "document/CAC/COSP/WG.2/2017/3",
                                                           "symbol": "CAC/COSP/WG.2/2017/3",
                                                           "title_zh": "《秘书处关于追回资产任务授权的执行进展的说明》",
                                                           }),
        Node("document/CAC/COSP/WG.2/2017/3/para/1", "Paragraph", {
            "id": "document/CAC/COSP/WG.2/2017/3/para/1", "document": "document/CAC/COSP/WG.2/2017/3", "number": "1",
            "text_zh": "依据《公约》第五十六条主动及时交流信息"}),
    ])


@pytest.fixture
def index(store: Store) -> NameIndex:
    store.write_batch(_batch())
    return build_index(store)


def ids(index: NameIndex, query: str, limit: int = 5) -> list[str]:
    return [hit.id for hit in index.search(query, limit=limit)]


def test_normalise_folds_width_case_punctuation_and_traditional_characters() -> None:
    assert normalise("《Art.\u3000５６》") == "art56"
    assert normalise("“CARIN”") == "carin"
    assert normalise("資產追回") == "资产追回"
    assert normalise("资产 追回") == "资产追回"


@pytest.mark.parametrize(("query", "expected"), [
    ("第五十六条", "uncac/article/56"),
    ("第56条", "uncac/article/56"),
    ("Art. 56", "uncac/article/56"),
    ("article 56", "uncac/article/56"),
    ("статья 56", "uncac/article/56"),
    ("chapter V", "uncac/chapter/5"),
    ("第五章", "uncac/chapter/5"),
    ("第 6/2 号决议", "resolution/cosp/6/2"),
    ("resolution 6/2", "resolution/cosp/6/2"),
])
def test_typed_references_resolve_to_the_canonical_id_first(index: NameIndex, query: str, expected: str) -> None:
    hits = index.search(query)
    assert hits[0].id == expected
    assert hits[0].rank == 0


def test_a_reference_inside_other_words_is_a_name_search() -> None:
    assert references("依据《公约》第五十六条主动及时交流信息") == []
    assert references("第五十六条") == ["uncac/article/56"]


def test_a_reference_to_an_entity_not_in_the_graph_finds_nothing(index: NameIndex) -> None:
    assert index.resolve("article 57") == []


@pytest.mark.parametrize(("query", "expected"), [
    ("CARIN", "network/carin"),
    ("carin", "network/carin"),
    ("缔约国会议", "body/cosp"),
    ("CoSP", "body/cosp"),
    ("资产追回", "topic/asset-recovery"),
    ("資產追回", "topic/asset-recovery"),
    ("возвращение", "topic/asset-recovery"),
    ("CAC/COSP/WG.2/2017/3", "document/CAC/COSP/WG.2/2017/3"),
    ("秘书处关于追回资产", "document/CAC/COSP/WG.2/2017/3"),
])
def test_names_and_aliases_in_any_language(index: NameIndex, query: str, expected: str) -> None:
    assert ids(index, query)[0] == expected


def test_ranking_exact_then_prefix_then_substring_shorter_first(index: NameIndex) -> None:
    hits = index.search("资产追回")
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    assert hits[0].rank == 1 and hits[1].rank == 2
    assert [h.id for h in hits[:2]] == ["topic/asset-recovery", "body/wg-ar"]
    # "Asset recovery" names the topic and the chapter exactly; the substring match comes after both
    english = index.search("asset recovery")
    assert {h.id for h in english[:2]} == {"topic/asset-recovery", "uncac/chapter/5"}
    assert all(h.rank == 1 for h in english[:2]) and english[2].rank == 3


def test_labels_filter_and_limit(index: NameIndex) -> None:
    assert ids(index, "asset", limit=10) and all(
        h.label == "Body" for h in index.search("asset", labels=["Body"]))
    assert len(index.search("a", limit=2)) == 2


def test_paragraph_text_is_not_indexed_and_nonsense_finds_nothing(index: NameIndex) -> None:
    assert "document/CAC/COSP/WG.2/2017/3/para/1" not in index.entries
    assert index.search("主动及时交流") == []
    assert index.search("   ") == []
    assert index.search("《》") == []


def test_display_names_per_language(index: NameIndex) -> None:
    entry = index.get("body/cosp")
    assert entry is not None
    assert entry.display("zh") == "联合国反腐败公约缔约国会议"
    assert entry.display("en") == "Conference of the States Parties"
    assert entry.label == "Body"


def test_sample_graph_answers_the_explorers_example_searches(sample_store: Store) -> None:
    index = build_index(sample_store)
    assert index.search("第五十六条")[0].id == "uncac/article/56"
    assert index.search("Art. 56")[0].id == "uncac/article/56"
    assert index.search("CARIN")[0].id == "network/carin"
    assert index.search("缔约国会议")[0].id == "body/cosp"
    assert index.search("资产追回")[0].id == "topic/asset-recovery"
    assert index.search("第 6/2 号决议")[0].id == "resolution/cosp/6/2"
