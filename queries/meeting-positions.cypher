// title: Positions taken at a meeting
// question: Which positions (proposals, support, opposition, deferral, welcomes, recommendations) did speakers take in the documents of a meeting, by kind of speaker and how many?
// param: session: str = session/wg-ar/11 -- canonical id of the session
// param: limit: int = 500 -- number of positions to return (a page)
// param: offset: int = 0 -- how many to skip first (the next page: offset + limit)
// example: arkg query meeting-positions --param session=session/wg-ar/11
// The answer grows with the session's documents (3 579 rows for the default at 10 000 documents), so it comes a
// page at a time, in an order fixed down to every value a row is grouped on, so that pages neither overlap nor
// miss a row.
// From the session to its documents (prepared for it, or for one of its agenda items), then each
// document's positions one relationship type at a time: each type's index on `document` answers
// `x.document = d.id` (an index serves one type; a pattern naming six would scan them all).
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
ORDER BY document, language, start, position, speaker_kind, paragraph, quote, quantity, count
SKIP $offset LIMIT $limit
