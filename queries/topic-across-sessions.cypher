// title: How a topic was treated across sessions
// question: How was a topic treated from one session to the next — under which agenda items, in which paragraphs, with which mandates and positions?
// param: topic: str = topic/victim-compensation -- canonical id of the topic
// example: arkg query topic-across-sessions --param topic=topic/victim-compensation
MATCH (p:Paragraph)-[m:MENTIONS]->(:Topic {id: $topic})
MATCH (d:Document {id: m.document})-[:PREPARED_FOR]->(target:Entity)
OPTIONAL MATCH (target)<-[:HAS_AGENDA_ITEM]-(via:Session)
WITH DISTINCT p, d, m.language AS language, CASE WHEN target:Session THEN target ELSE via END AS s
WHERE s IS NOT NULL
OPTIONAL MATCH (p)-[:DISCUSSED_UNDER]->(item:AgendaItem)
OPTIONAL MATCH (p)-[:STATES]->(md:Mandate)
WITH s, d, p, language, item, md
ORDER BY md.verb
WITH s, d, p, language, item, collect(DISTINCT md.verb) AS mandates
OPTIONAL MATCH (who:Entity)-[x:PROPOSES|SUPPORTS|OPPOSES|DEFERS|WELCOMES|RECOMMENDS]->(:Entity)
WHERE x.document = d.id AND x.paragraph = p.number
WITH s, d, p, language, item, mandates, type(x) + ' by ' + who.id AS position
ORDER BY position
WITH s, d, p, language, item, mandates, collect(DISTINCT position) AS positions
RETURN s.id AS session, s.start_date AS date, item.item AS agenda_item, d.id AS document, p.number AS paragraph,
       mandates, positions, coalesce(p['text_' + language], p.text_en, p.text_zh) AS text
ORDER BY date, session, document, paragraph, language
