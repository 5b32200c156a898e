// title: Positions taken at a meeting
// question: Which positions (proposals, support, opposition, deferral, welcomes, recommendations) did speakers take in the documents of a meeting, by kind of speaker and how many?
// param: session: str = session/wg-ar/11 -- canonical id of the session
// example: arkg query meeting-positions --param session=session/wg-ar/11
MATCH (d:Document)-[:PREPARED_FOR]->(target:Entity)
OPTIONAL MATCH (target)<-[:HAS_AGENDA_ITEM]-(via:Session)
WITH DISTINCT d, CASE WHEN target:Session THEN target ELSE via END AS s
WHERE s.id = $session
MATCH (who:Entity)-[x:PROPOSES|SUPPORTS|OPPOSES|DEFERS|WELCOMES|RECOMMENDS]->(t:Entity)
WHERE x.document = d.id
WITH type(x) AS position, who.id AS speaker_kind, x.quantity AS quantity, x.count AS count, x.document AS document,
     x.paragraph AS paragraph, x.language AS language, x.quote AS quote, x.start AS start, t.id AS target
ORDER BY target
WITH position, speaker_kind, quantity, count, document, paragraph, language, quote, start, collect(target) AS about
RETURN position, speaker_kind, quantity, count, about, document, paragraph, language, quote
ORDER BY document, language, start, position, speaker_kind
