// title: Documents per session and language
// question: How many documents were prepared for each session, in which languages are they in the graph, and which are they?
// param: body: str = '' -- body code of the sessions, e.g. wg-ar (empty: every body)
// example: arkg query documents-by-session --param body=wg-ar
// A document has one PREPARED_FOR edge per language version and piece of evidence (six times as many as
// the pairs at 10 000 documents): each pair is taken once before its session is looked for, and each
// (session, document) once before it is sorted and spread over its languages.
MATCH (d:Document)-[:PREPARED_FOR]->(target:Entity)
WITH DISTINCT d, target
OPTIONAL MATCH (target)<-[:HAS_AGENDA_ITEM]-(via:Session)
WITH d, CASE WHEN target:Session THEN target ELSE via END AS s
WHERE s IS NOT NULL AND ($body = '' OR s.body = $body)
WITH DISTINCT s, d
ORDER BY d.symbol
UNWIND (CASE WHEN size(coalesce(d.languages, [])) = 0 THEN ['not loaded'] ELSE d.languages END) AS language
RETURN s.id AS session, s.start_date AS date, language, count(d) AS documents,
       collect(DISTINCT d.symbol) AS symbols
ORDER BY date, session, language
