// title: How a topic was treated across sessions
// question: How was a topic treated from one session to the next — under which agenda items, in which paragraphs, with which mandates and positions?
// param: topic: str = topic/victim-compensation -- canonical id of the topic
// example: arkg query topic-across-sessions --param topic=topic/victim-compensation
// Positions are looked up per paragraph, one relationship type at a time: each type's index on
// `document` answers `x.document = …` (an index serves one type; a pattern naming six would scan them all).
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
