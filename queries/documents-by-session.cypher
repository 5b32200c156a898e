// title: Documents per session and language
// question: How many documents were prepared for each session, in which languages are they in the graph, and which are they?
// param: body: str = '' -- body code of the sessions, e.g. wg-ar (empty: every body)
// example: arkg query documents-by-session --param body=wg-ar
MATCH (d:Document)-[:PREPARED_FOR]->(target:Entity)
OPTIONAL MATCH (target)<-[:HAS_AGENDA_ITEM]-(via:Session)
WITH d, CASE WHEN target:Session THEN target ELSE via END AS s
WHERE s IS NOT NULL AND ($body = '' OR s.body = $body)
UNWIND (CASE WHEN size(coalesce(d.languages, [])) = 0 THEN ['not loaded'] ELSE d.languages END) AS language
WITH s, language, d
ORDER BY d.symbol
RETURN s.id AS session, s.start_date AS date, language, count(DISTINCT d) AS documents,
       collect(DISTINCT d.symbol) AS symbols
ORDER BY date, session, language
