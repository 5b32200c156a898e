"""A small hand-made graph with every kind of thing the RDF export treats specially.

Independent of the extractor: a document in two languages whose text is known here, so tests can
check quotes against offsets; an unlinked mention; parallel evidence for one CITES triple.
"""

from __future__ import annotations

from arkg.graph.records import Batch, Edge, Evidence, Node

DOC = "document/CAC/COSP/WG.2/2017/L.1/Add.1"
TEXT_ZH = "1. 工作组回顾第五十六条。\n2. 卡姆登资产追回机构间网络与某新网络合作，并再次提及第五十六条。"
TEXT_EN = "1. The Working Group recalled article 56."


def span(text: str, quote: str, after: int = 0) -> tuple[int, int]:
    start = text.index(quote, after)
    return start, start + len(quote)


def handmade_batch() -> Batch:
    p1, p2 = f"{DOC}/para/1", f"{DOC}/para/2"
    zh_para2 = TEXT_ZH.index("2.")
    a1, a2 = span(TEXT_ZH, "第五十六条"), span(TEXT_ZH, "第五十六条", zh_para2)
    en = span(TEXT_EN, "article 56")
    carin = span(TEXT_ZH, "卡姆登资产追回机构间网络")
    new = span(TEXT_ZH, "某新网络")
    mention_id = f"{p2}/mention/{new[0]}-{new[1]}"
    nodes = [
        Node("uncac/chapter/5", "Chapter", {"number": 5, "title_en": "Asset recovery", "title_zh": "资产的追回",
                                            "name": "Asset recovery", "aliases": ["Chapter V", "第五章"]}),
        Node("uncac/article/56", "Article", {"number": 56, "chapter": 5, "name": "Special cooperation",
                                             "title_en": "Special cooperation", "verified": True}),
        Node("network/carin", "Network", {"name_en": "Camden Asset Recovery Inter-Agency Network",
                                          "name_zh": "卡姆登资产追回机构间网络", "founded_year": 2004,
                                          "aliases": ["CARIN", "卡姆登资产追回机构间网络", "Сеть КАРИН"]}),
        Node("session/wg-ar/11", "Session", {"body": "wg-ar", "number": 11, "start_date": "2017-08-24",
                                             "end_date": "2017-08-25"}),
        Node(DOC, "Document", {"symbol": DOC.removeprefix("document/"), "date": "2017-08-25",
                               "languages": ["zh", "en"], "title_zh": "报告草稿", "kind": "report",
                               "content_hashes": ["zh:abc"]}),
        Node(p1, "Paragraph", {"document": DOC, "number": "1", "text_zh": TEXT_ZH[:zh_para2 - 1],
                               "text_en": TEXT_EN}),
        Node(p2, "Paragraph", {"document": DOC, "number": "2", "text_zh": TEXT_ZH[zh_para2:]}),
        Node(mention_id, "Mention", {"type": "Network", "text": "某新网络", "document": DOC, "paragraph": "2",
                                     "start": new[0], "end": new[1], "language": "zh"}),
        Node("topic/international-cooperation", "Topic", {"name_en": "International cooperation",
                                                          "name_zh": "国际合作"}),
        Node("topic/asset-recovery", "Topic", {"name_en": "Asset recovery", "name_zh": "资产追回"}),
    ]

    def ev(paragraph: str, where: tuple[int, int], lang: str = "zh") -> Evidence:
        text = TEXT_ZH if lang == "zh" else TEXT_EN
        return Evidence(DOC, paragraph, where[0], where[1], text[where[0]:where[1]], lang)

    edges = [
        Edge("uncac/article/56", "PART_OF", "uncac/chapter/5"),
        Edge("topic/international-cooperation", "BROADER", "topic/asset-recovery"),
        Edge(DOC, "HAS_PARAGRAPH", p1, evidence=ev("1", (0, 2))),
        Edge(DOC, "HAS_PARAGRAPH", p2, evidence=ev("2", (zh_para2, zh_para2 + 2))),
        Edge(DOC, "CITES", "uncac/article/56", evidence=ev("1", a1)),
        Edge(DOC, "CITES", "uncac/article/56", evidence=ev("2", a2)),
        Edge(DOC, "CITES", "uncac/article/56", evidence=ev("1", en, "en")),
        Edge(p2, "MENTIONS", "network/carin", evidence=ev("2", carin)),
        Edge(p2, "HAS_MENTION", mention_id, evidence=ev("2", new)),
    ]
    return Batch(nodes=[Node(n.id, n.label, {"id": n.id, **n.props}) for n in nodes], edges=edges)
