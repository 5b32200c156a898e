// title: Resolutions adopted per session
// question: Which resolutions did each session adopt, which of them concern asset recovery, and how often do documents cite them?
// param: body: str = cosp -- body code of the sessions (empty: every body)
// param: asset_recovery_only: bool = false -- only resolutions flagged as asset recovery
// example: arkg query resolutions-by-session --param body=cosp --param asset_recovery_only=true
// Citations are the build's count of documents' CITES edges per resolution (CitationCount, an arkg:aggregate
// of schema.ttl, kept exact in each document's load group by graph/stores/citation_counts.py), not a pattern
// over every citing document per row.
MATCH (r:Resolution)-[:ADOPTED_AT]->(s:Session)
WHERE ($body = '' OR s.body = $body) AND (NOT $asset_recovery_only OR r.asset_recovery = true)
OPTIONAL MATCH (s)-[:HELD_IN]->(place:Entity)
OPTIONAL MATCH (cited:CitationCount {target: r.id})
RETURN s.id AS session, s.start_date AS date, place.name AS venue, r.id AS resolution, r.symbol AS symbol,
       coalesce(r.title_en, r.title_zh) AS title, r.asset_recovery AS asset_recovery,
       coalesce(cited.citations, 0) AS citations, r.number AS number
ORDER BY date, session, number
