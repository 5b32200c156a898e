"""Issue 22, stop 9: the saved questions rewritten to cut their page first, or to read only what their anchor reaches,
answer as main's texts (903a229; 3a83fa0 for the two changed in round 2: chapter-citations regrouped, meeting-
positions paged; 036c9f5 for neighbourhood, stop 13; 18682c8 for unlinked-mentions, paged at stop 32; kept here as
the reference) on the sample graph and on a synthetic graph built in two builds: the same rows in the same order, and
for a paged question every page joined is the whole answer and the default page its first 500 rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from arkg import queries
from arkg.bench.corpus import write_corpus
from arkg.graph.stores import Store
from arkg.pipeline.build import SAMPLES, build
from tests.queries.pages import same_pages

#: ``queries/topic-across-sessions.cypher`` before paging: positions, mandates and text for every row, then sorted.
TOPIC_ACROSS_SESSIONS = """
MATCH (:Topic {id: $topic})<-[m:MENTIONS]-(p:Paragraph)
WITH p, m.document AS document, collect(DISTINCT m.language) AS languages
OPTIONAL MATCH ()-[x:PROPOSES]->() WHERE x.document = document AND x.paragraph = p.number
WITH p, document, languages, collect(x) AS proposes
OPTIONAL MATCH ()-[x:SUPPORTS]->() WHERE x.document = document AND x.paragraph = p.number
WITH p, document, languages, proposes, collect(x) AS supports
OPTIONAL MATCH ()-[x:OPPOSES]->() WHERE x.document = document AND x.paragraph = p.number
WITH p, document, languages, proposes, supports, collect(x) AS opposes
OPTIONAL MATCH ()-[x:DEFERS]->() WHERE x.document = document AND x.paragraph = p.number
WITH p, document, languages, proposes, supports, opposes, collect(x) AS defers
OPTIONAL MATCH ()-[x:WELCOMES]->() WHERE x.document = document AND x.paragraph = p.number
WITH p, document, languages, proposes, supports, opposes, defers, collect(x) AS welcomes
OPTIONAL MATCH ()-[x:RECOMMENDS]->() WHERE x.document = document AND x.paragraph = p.number
WITH p, document, languages, proposes, supports, opposes, defers, welcomes, collect(x) AS recommends
UNWIND proposes + supports + opposes + defers + welcomes + recommends + [null] AS x
WITH p, document, languages, type(x) + ' by ' + startNode(x).id AS position
ORDER BY position
WITH p, document, languages, collect(DISTINCT position) AS positions
UNWIND languages AS language
MATCH (d:Document {id: document})-[:PREPARED_FOR]->(target:Entity)
OPTIONAL MATCH (target)<-[:HAS_AGENDA_ITEM]-(via:Session)
WITH DISTINCT p, d, language, positions, CASE WHEN target:Session THEN target ELSE via END AS s
WHERE s IS NOT NULL
OPTIONAL MATCH (p)-[:DISCUSSED_UNDER]->(item:AgendaItem)
OPTIONAL MATCH (p)-[:STATES]->(md:Mandate)
WITH s, d, p, language, positions, item, md
ORDER BY md.verb
WITH s, d, p, language, positions, item, collect(DISTINCT md.verb) AS mandates
RETURN s.id AS session, s.start_date AS date, item.item AS agenda_item, d.id AS document, p.number AS paragraph,
       mandates, positions, coalesce(p['text_' + language], p.text_en, p.text_zh) AS text
ORDER BY date, session, document, paragraph, language
"""
#: ``queries/meeting-documents.cypher`` before it started from the session: every PREPARED_FOR edge compared.
MEETING_DOCUMENTS = """
MATCH (s:Session {id: $session})
OPTIONAL MATCH (s)-[:HAS_AGENDA_ITEM]->(i:AgendaItem)
WITH s, collect(DISTINCT i.id) AS items
MATCH (d:Document)-[pf:PREPARED_FOR]->(target:Entity)
WHERE target.id = s.id OR target.id IN items
WITH d, pf, target
ORDER BY pf.document, pf.start
WITH d, collect(DISTINCT target.item) AS agenda_items,
     [x IN collect({document: pf.document, paragraph: pf.paragraph, quote: pf.quote}) WHERE x.document IS NOT NULL]
     AS evidence
RETURN d.id AS document, d.symbol AS symbol, size(coalesce(d.languages, [])) > 0 AS in_corpus,
       coalesce(d.languages, []) AS languages, [x IN agenda_items WHERE x IS NOT NULL] AS agenda_items, evidence
ORDER BY in_corpus DESC, symbol
"""
#: ``queries/entity-languages.cypher`` before it read the mentions once: one lookup per language.
ENTITY_LANGUAGES = """
MATCH (e:Entity {id: $entity})
UNWIND ['ar', 'zh', 'en', 'fr', 'es', 'ru'] AS language
OPTIONAL MATCH (:Paragraph)-[m:MENTIONS]->(e)
WHERE m.language = language
WITH e, language, m
ORDER BY m.document, m.start, m.quote
RETURN language, coalesce(e['name_' + language], e['title_' + language]) AS name, count(m) AS mentions,
       collect(DISTINCT m.quote) AS wordings, collect(DISTINCT m.document) AS documents
ORDER BY language
"""
#: ``queries/chapter-citations.cypher`` before it grouped plain columns: grouped with the chapter node.
CHAPTER_CITATIONS = """
MATCH (ch:Chapter {id: $chapter})
MATCH (cited:Entity)-[:PART_OF*0..1]->(ch)
WHERE cited:Chapter OR cited:Article
MATCH (cited)<-[c:CITES|MENTIONS]-()
WITH ch, cited, c.document AS document, c.paragraph AS paragraph, c.language AS language, c.quote AS quote,
     min(c.start) AS start
ORDER BY document, language, start, cited.id, paragraph, quote
LIMIT $limit
MATCH (d:Document {id: document})
RETURN ch.id AS chapter, cited.id AS cited, coalesce(cited.title_en, cited.title_zh) AS cited_title, d.id AS document,
       d.symbol AS symbol, paragraph, language, quote, start
ORDER BY document, language, start, cited, paragraph, quote
"""
#: ``queries/meeting-positions.cypher`` before paging: every position of the session's documents.
MEETING_POSITIONS = """
MATCH (s:Session {id: $session})
OPTIONAL MATCH (s)-[:HAS_AGENDA_ITEM]->(item:Entity)
WHERE NOT item:Session
WITH s, collect(item) AS items
UNWIND [s] + items AS target
MATCH (d:Document)-[:PREPARED_FOR]->(target)
WITH DISTINCT d
OPTIONAL MATCH ()-[x:PROPOSES]->() WHERE x.document = d.id
WITH d, collect(x) AS proposes
OPTIONAL MATCH ()-[x:SUPPORTS]->() WHERE x.document = d.id
WITH d, proposes, collect(x) AS supports
OPTIONAL MATCH ()-[x:OPPOSES]->() WHERE x.document = d.id
WITH d, proposes, supports, collect(x) AS opposes
OPTIONAL MATCH ()-[x:DEFERS]->() WHERE x.document = d.id
WITH d, proposes, supports, opposes, collect(x) AS defers
OPTIONAL MATCH ()-[x:WELCOMES]->() WHERE x.document = d.id
WITH d, proposes, supports, opposes, defers, collect(x) AS welcomes
OPTIONAL MATCH ()-[x:RECOMMENDS]->() WHERE x.document = d.id
WITH d, proposes, supports, opposes, defers, welcomes, collect(x) AS recommends
UNWIND proposes + supports + opposes + defers + welcomes + recommends AS x
WITH type(x) AS position, startNode(x).id AS speaker_kind, x.quantity AS quantity, x.count AS count,
     x.document AS document, x.paragraph AS paragraph, x.language AS language, x.quote AS quote, x.start AS start,
     endNode(x).id AS target
ORDER BY target
WITH position, speaker_kind, quantity, count, document, paragraph, language, quote, start, collect(target) AS about
RETURN position, speaker_kind, quantity, count, about, document, paragraph, language, quote
ORDER BY document, language, start, position, speaker_kind
"""
#: ``queries/neighbourhood.cypher`` before stop 13 (036c9f5): every edge of both hops walked, then the page cut.
NEIGHBOURHOOD = """
MATCH (e:Entity {id: $entity})-[r1]-(m)
WITH DISTINCT e, m, type(r1) AS t1
OPTIONAL MATCH (m)-[r2]-(far:Entity)
WHERE far.id <> e.id
WITH DISTINCT m, t1, far, type(r2) AS t2
UNWIND [{n: m, via: [t1]}, {n: far, via: [t1, t2]}] AS hop
WITH hop.n AS n, hop.via AS via
WHERE n IS NOT NULL AND n:Entity AND n.id <> $entity
WITH DISTINCT n, via
WITH n, via, reduce(key = '', t IN via | key + t + '>') AS route
ORDER BY route
WITH n, min(size(via)) AS distance, collect(via) AS via
RETURN n.id AS entity, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, distance, via
ORDER BY distance, label, entity
LIMIT $limit
"""
#: ``queries/unlinked-mentions.cypher`` before paging (stop 32): every unlinked mention (any document).
UNLINKED_MENTIONS = """
MATCH (p:Paragraph)-[:HAS_MENTION]->(m:Mention)
WHERE ($type = '' OR m.type = $type)
RETURN m.type AS type, m.text AS text, m.document AS document, m.paragraph AS paragraph, m.language AS language,
       m.start AS start, m.end AS end, m.id AS mention
ORDER BY type, text, document, start
"""
#: The keys each paged question's reference orders by: rows equal on them (a paragraph under two agenda items;
#: two positions at one place in the text) may come in either order from the reference; the question orders
#: them by more keys.
_TOPIC_ORDER = ("date", "session", "document", "paragraph")
_POSITIONS_ORDER = ("document", "language", "position", "speaker_kind")
_UNLINKED_ORDER = ("type", "text", "document", "start")


def _ids(store: Store, label: str) -> list[str]:
    """Ids of the label that some paragraph mentions or some document was prepared for, most used first."""
    return [r["id"] for r in store.read(
        f"MATCH (n:{label})<-[r:MENTIONS|PREPARED_FOR]-() RETURN n.id AS id, count(r) AS uses ORDER BY uses DESC, id",
        {}).rows]


def same_topics(store: Store) -> int:
    """Every topic mentioned (and one that is not); the widest answer."""
    return same_pages(store, "topic-across-sessions", TOPIC_ACROSS_SESSIONS, "topic",
                      [*_ids(store, "Topic"), "topic/no-such"], _TOPIC_ORDER)


def same_rows(store: Store, name: str, reference: str, parameter: str, values: list[str],
              extra: dict[str, Any] | None = None) -> int:
    """The question and its reference for every value of its one parameter (and the ``extra`` parameters, if
    given); the rows of the widest answer."""
    widest = 0
    for value in values:
        given: dict[str, Any] = {parameter: value, **(extra or {})}
        expected = store.read(reference, queries.bind(queries.get(name), given), timeout_ms=0).rows
        assert queries.run(store, name, given).rows == expected, given
        widest = max(widest, len(expected))
    return widest


def same_answers(store: Store) -> None:
    assert same_topics(store) > 5
    sessions = [r["id"] for r in store.read("MATCH (s:Session) RETURN s.id AS id ORDER BY id", {}).rows]
    assert same_rows(store, "meeting-documents", MEETING_DOCUMENTS, "session", [*sessions, "session/no-such"]) > 1
    assert same_pages(store, "meeting-positions", MEETING_POSITIONS, "session", [*sessions, "session/no-such"],
                      _POSITIONS_ORDER) > 5
    entities = [*_ids(store, "Entity")[:40], "network/carin", "no/such"]
    assert same_rows(store, "entity-languages", ENTITY_LANGUAGES, "entity", entities) == 6
    for limit in (1, 7, 200):  # a page the entity's own neighbours fill, or not
        assert same_rows(store, "neighbourhood", NEIGHBOURHOOD, "entity", entities, {"limit": limit}) == limit
    chapters = [*(f"uncac/chapter/{n}" for n in range(1, 9)), "uncac/chapter/no-such"]
    for extra in ({}, {"limit": 3}):  # the default page, and a cut inside the answer
        assert same_rows(store, "chapter-citations", CHAPTER_CITATIONS, "chapter", chapters, extra) > 1


def test_the_rewritten_questions_answer_as_before_on_the_sample_graph(sample_store: Store) -> None:
    same_answers(sample_store)


def test_the_rewritten_questions_answer_as_before_on_a_synthetic_graph(store: Store, tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "synthetic", 30, seed=3)
    assert not build(store, [*files[:12], SAMPLES]).failed
    assert not build(store, files).failed
    assert same_topics(store) > 50
    same_answers(store)
    kinds = store.read("MATCH (m:Mention) RETURN DISTINCT m.type AS type", {}).rows
    types = ["", *(r["type"] for r in kinds), "NoSuch"]
    assert same_pages(store, "unlinked-mentions", UNLINKED_MENTIONS, "type", types, _UNLINKED_ORDER) > 1
