// title: Entities mentioned together most often
// question: Which pairs of entities are mentioned in the same paragraphs most often?
// param: label: str = '' -- only pairs with at least one entity of this label (empty: any)
// param: limit: int = 25 -- number of pairs to return
// example: arkg query co-mentions --param label=Network --param limit=10
MATCH (p:Paragraph)-[:MENTIONS]->(e:Entity)
WITH DISTINCT p, e
WITH p, collect(e) AS mentioned
UNWIND mentioned AS a
UNWIND mentioned AS b
WITH p, a, b
WHERE a.id < b.id AND ($label = '' OR $label IN labels(a) OR $label IN labels(b))
WITH a, b, count(p) AS paragraphs
ORDER BY paragraphs DESC, a.id, b.id
LIMIT $limit
MATCH (a)<-[:MENTIONS]-(p:Paragraph)-[:MENTIONS]->(b)
WITH a, b, paragraphs, p.id AS paragraph
ORDER BY paragraph
WITH a, b, paragraphs, collect(DISTINCT paragraph) AS paragraph_ids
RETURN a.id AS entity_a, a.name AS name_a, b.id AS entity_b, b.name AS name_b, paragraphs,
       paragraph_ids[0..5] AS examples
ORDER BY paragraphs DESC, entity_a, entity_b
