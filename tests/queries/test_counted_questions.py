"""Issue 22: the saved questions that read load-time counts (``MentionCount``, ``CitationCount``) or come a page
at a time answer exactly as their texts that counted at question time, kept here as the reference (main
be8838b), on the sample graph and on a synthetic graph after additions, a replacement and a removal."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from arkg import queries
from arkg.bench.corpus import write_corpus
from arkg.graph.stores import Store
from arkg.pipeline.build import SAMPLES, build
from arkg.pipeline.remove import remove_documents
from tests.graph.stores.test_aggregates import EDITED, EDITED_ID, edited_copy
from tests.queries.pages import same_pages

#: ``queries/mentions-at-meetings.cypher`` before the counts: every mention paragraph of the entities read.
MENTIONS_AT_MEETINGS = """
MATCH (e:Entity)
WHERE any(l IN labels(e) WHERE l IN $labels)
WITH e, size([(e)<-[:LOCATED_IN]-() | 1]) > 0 AS has_places
MATCH (p:Paragraph)-[m:MENTIONS]->(e)
WITH DISTINCT e, has_places, p, m.document AS document
OPTIONAL MATCH (p)-[:MENTIONS]->(venue:Place)-[:LOCATED_IN]->(e)
WHERE has_places
WITH e, p, document, count(venue) AS venue_country
WHERE venue_country = 0
WITH e, document, count(p) AS paragraphs
MATCH (d:Document {id: document})
OPTIONAL MATCH (d)-[:PREPARED_FOR]->(target)
OPTIONAL MATCH (target)<-[:HAS_AGENDA_ITEM]-(via:Session)
WITH DISTINCT e, d, paragraphs, CASE WHEN target:Session THEN target ELSE via END AS s
WHERE s IS NOT NULL
WITH e, d, paragraphs, s
ORDER BY d.id
WITH e, s, sum(paragraphs) AS paragraphs, collect(d.id) AS documents,
     min(coalesce(d.date, s.start_date)) AS first_date, max(coalesce(d.date, s.start_date)) AS last_date
WITH e, collect({session: s.id, paragraphs: paragraphs, documents: documents}) AS meetings,
     min(first_date) AS first_mention, max(last_date) AS last_mention
UNWIND meetings AS meeting
WITH e, meeting, first_mention, last_mention
WHERE $session = '' OR meeting.session = $session
RETURN meeting.session AS session, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.id AS entity, e.name AS name,
       meeting.paragraphs AS paragraphs, meeting.documents AS documents, first_mention, last_mention
ORDER BY session, label, entity
"""
#: ``queries/resolutions-by-session.cypher`` before the counts: every citing document per resolution.
RESOLUTIONS_BY_SESSION = """
MATCH (r:Resolution)-[:ADOPTED_AT]->(s:Session)
WHERE ($body = '' OR s.body = $body) AND (NOT $asset_recovery_only OR r.asset_recovery = true)
OPTIONAL MATCH (s)-[:HELD_IN]->(place:Entity)
RETURN s.id AS session, s.start_date AS date, place.name AS venue, r.id AS resolution, r.symbol AS symbol,
       coalesce(r.title_en, r.title_zh) AS title, r.asset_recovery AS asset_recovery,
       size([(d:Document)-[:CITES]->(r) | d.id]) AS citations, r.number AS number
ORDER BY date, session, number
"""
#: ``queries/secretariat-requests.cypher`` before paging: every stating paragraph at once.
SECRETARIAT_REQUESTS = """
MATCH (who:Entity {id: $addressee})<-[:ADDRESSED_TO]-(m:Mandate)<-[:ISSUES]-(issuer:Entity)
WITH who, issuer, collect(m) AS mandates
OPTIONAL MATCH (who)-[rep:REPORTS_ON]->(issuer)
WITH issuer, mandates, rep
ORDER BY rep.document, rep.language, rep.start
WITH issuer, mandates,
     [x IN collect({document: rep.document, paragraph: rep.paragraph, language: rep.language, quote: rep.quote})
      WHERE x.document IS NOT NULL] AS reported_back
OPTIONAL MATCH (issuer)-[:ADOPTED_AT]->(adopted:Session)
WITH issuer, adopted, mandates, reported_back
UNWIND mandates AS m
MATCH (p:Paragraph)-[s:STATES]->(m)
RETURN issuer.id AS issued_by, CASE WHEN issuer:Session THEN issuer.id ELSE adopted.id END AS session,
       m.verb AS verb, coalesce(m.text_en, m.text_fr, m.text_es, m.text_ru, m.text_ar, m.text_zh) AS task,
       s.document AS document, s.paragraph AS paragraph, s.language AS language, s.quote AS quote, reported_back
ORDER BY session, issued_by, document, language, s.start
"""
#: The keys the reference orders by: rows equal on them may come in either order from either text.
_REQUEST_ORDER = ("session", "issued_by", "document", "language")


def mentions_parameters(store: Store) -> list[dict[str, Any]]:
    """Every label set that changes the answer (countries: the venue test), and sessions of the answer."""
    sets: list[dict[str, Any]] = [
        {}, {"labels": ["Network"]}, {"labels": ["Country"]}, {"labels": ["Topic", "Article"]},
        {"labels": ["Place", "Resolution", "Organization"]}, {"labels": []}, {"labels": ["NoSuchLabel"]},
        {"labels": ["Mandate", "Paragraph", "Network"]},  # the labels the question passes over unless asked for
        {"session": "session/no-such"}]
    sessions = sorted({r["session"] for r in queries.run(store, "mentions-at-meetings", {"labels": ["Country"]}).rows})
    sets += [{"session": s, "labels": ["Country", "Network"]} for s in sessions[:: max(1, len(sessions) // 3)]]
    return sets


def same_mentions(store: Store) -> int:
    """The question and its reference for every parameter set; the rows of the widest answer."""
    widest = 0
    for given in mentions_parameters(store):
        question = queries.get("mentions-at-meetings")
        params = queries.bind(question, given)
        expected = store.read(MENTIONS_AT_MEETINGS, params, timeout_ms=0).rows
        assert queries.run(store, "mentions-at-meetings", given).rows == expected, given
        widest = max(widest, len(expected))
    return widest


def same_resolutions(store: Store) -> list[dict[str, Any]]:
    every = []
    for given in ({}, {"body": ""}, {"asset_recovery_only": True}, {"body": "wg-ar"},
                  {"body": "", "asset_recovery_only": True}):
        params = queries.bind(queries.get("resolutions-by-session"), given)
        expected = store.read(RESOLUTIONS_BY_SESSION, params, timeout_ms=0).rows
        assert queries.run(store, "resolutions-by-session", given).rows == expected, given
        every += expected
    return every


def same_requests(store: Store, addressee: str) -> int:
    """Every page of the question, joined, is the reference's answer (its order kept where it has one)."""
    return same_pages(store, "secretariat-requests", SECRETARIAT_REQUESTS, "addressee", [addressee], _REQUEST_ORDER)


def test_the_counted_questions_answer_as_before_on_the_sample_graph(sample_store: Store) -> None:
    assert same_mentions(sample_store) > 10
    assert any(r["citations"] > 1 for r in same_resolutions(sample_store))
    assert same_requests(sample_store, "org/unodc-secretariat") > 5
    assert same_requests(sample_store, "actor/states-parties") > 0


def test_the_counted_questions_answer_as_before_through_additions_replacements_and_removals(
        store: Store, tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "synthetic", 30, seed=2)
    assert not build(store, [*files[:12], SAMPLES]).failed
    assert not build(store, files).failed  # the rest, on top: the counts are adjusted, not made at once
    assert same_mentions(store) > 50
    assert sum(r["citations"] for r in same_resolutions(store)) > 50
    assert same_requests(store, "org/unodc-secretariat") > 100
    edited = edited_copy(tmp_path / "edited")
    assert build(store, [edited]).loaded  # a replacement
    same_mentions(store)
    same_resolutions(store)
    shutil.copy(SAMPLES / EDITED, edited)
    assert build(store, [edited]).loaded
    synthetic = sorted({r["id"] for r in store.read(
        "MATCH (d:Document) WHERE d.content_hashes IS NOT NULL AND d.id <> $edited RETURN d.id AS id",
        {"edited": EDITED_ID}).rows})
    assert remove_documents(store, [EDITED_ID, *synthetic[:3]]) == [EDITED_ID, *synthetic[:3]]
    same_mentions(store)
    same_resolutions(store)
    same_requests(store, "org/unodc-secretariat")


@pytest.mark.parametrize("limit", [0, 1])
def test_secretariat_requests_honours_small_pages(sample_store: Store, limit: int) -> None:
    rows = queries.run(sample_store, "secretariat-requests", {"limit": limit, "offset": 1}).rows
    assert len(rows) == limit
