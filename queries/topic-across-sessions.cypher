// title: How a topic was treated across sessions
// question: How was a topic treated from one session to the next — under which agenda items, in which paragraphs, with which mandates and positions?
// param: topic: str = topic/victim-compensation -- canonical id of the topic
// param: limit: int = 500 -- number of rows to return (a page)
// param: offset: int = 0 -- how many to skip first (the next page: offset + limit)
// example: arkg query topic-across-sessions --param topic=topic/victim-compensation
// The answer grows with the corpus (6 832 rows at 10 000 documents), so it comes a page at a time, in an
// order fixed down to the agenda item, so that pages neither overlap nor miss a row. The page is cut from
// what orders the rows (session, document, paragraph, language, agenda item) before anything else is read:
// mandates, positions and text are looked up for the page's paragraphs only, once per paragraph. A
// document's sessions are found once per document, its paragraphs' agenda items once per paragraph.
// Positions are looked up per paragraph, one relationship type at a time: each type's index on
// `document` answers `x.document = …` (an index serves one type; a pattern naming six would scan them all).
MATCH (:Topic {id: $topic})<-[m:MENTIONS]-(p:Paragraph)
WITH p, m.document AS document, collect(DISTINCT m.language) AS languages
WITH document, collect({p: p, languages: languages}) AS paragraphs
MATCH (d:Document {id: document})-[:PREPARED_FOR]->(target:Entity)
OPTIONAL MATCH (target)<-[:HAS_AGENDA_ITEM]-(via:Session)
WITH DISTINCT d, paragraphs, CASE WHEN target:Session THEN target ELSE via END AS s
WHERE s IS NOT NULL
UNWIND paragraphs AS paragraph
WITH s, d, paragraph.p AS p, paragraph.languages AS languages
OPTIONAL MATCH (p)-[:DISCUSSED_UNDER]->(item:AgendaItem)
WITH DISTINCT s, d, p, languages, item
UNWIND languages AS language
WITH s, d, p, language, item
ORDER BY s.start_date, s.id, d.id, p.number, language, item.item, item.id, p.id
SKIP $offset LIMIT $limit
WITH d, p, collect({s: s, language: language, item: item}) AS rows
OPTIONAL MATCH ()-[x:PROPOSES]->() WHERE x.document = d.id AND x.paragraph = p.number
WITH d, p, rows, collect(x) AS proposes
OPTIONAL MATCH ()-[x:SUPPORTS]->() WHERE x.document = d.id AND x.paragraph = p.number
WITH d, p, rows, proposes, collect(x) AS supports
OPTIONAL MATCH ()-[x:OPPOSES]->() WHERE x.document = d.id AND x.paragraph = p.number
WITH d, p, rows, proposes, supports, collect(x) AS opposes
OPTIONAL MATCH ()-[x:DEFERS]->() WHERE x.document = d.id AND x.paragraph = p.number
WITH d, p, rows, proposes, supports, opposes, collect(x) AS defers
OPTIONAL MATCH ()-[x:WELCOMES]->() WHERE x.document = d.id AND x.paragraph = p.number
WITH d, p, rows, proposes, supports, opposes, defers, collect(x) AS welcomes
OPTIONAL MATCH ()-[x:RECOMMENDS]->() WHERE x.document = d.id AND x.paragraph = p.number
WITH d, p, rows, proposes, supports, opposes, defers, welcomes, collect(x) AS recommends
UNWIND proposes + supports + opposes + defers + welcomes + recommends + [null] AS x
WITH d, p, rows, type(x) + ' by ' + startNode(x).id AS position
ORDER BY position
WITH d, p, rows, collect(DISTINCT position) AS positions
OPTIONAL MATCH (p)-[:STATES]->(md:Mandate)
WITH d, p, rows, positions, md
ORDER BY md.verb
WITH d, p, rows, positions, collect(DISTINCT md.verb) AS mandates
UNWIND rows AS row
WITH row.s AS s, d, p, row.language AS language, row.item AS item, positions, mandates
RETURN s.id AS session, s.start_date AS date, item.item AS agenda_item, d.id AS document, p.number AS paragraph,
       mandates, positions, coalesce(p['text_' + language], p.text_en, p.text_zh) AS text
ORDER BY date, session, document, paragraph, language, agenda_item, item.id, p.id
