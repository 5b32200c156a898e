// title: Entities mentioned together most often
// question: Which pairs of entities are mentioned in the same paragraphs most often?
// param: label: str = '' -- only pairs with at least one entity of this label (empty: any)
// param: limit: int = 25 -- number of pairs to return
// example: arkg query co-mentions --param label=Network --param limit=10
MATCH (a:Entity)<-[:MENTIONS]-(p:Paragraph)-[:MENTIONS]->(b:Entity)
WHERE a.id < b.id AND ($label = '' OR $label IN labels(a) OR $label IN labels(b))
WITH DISTINCT a, b, p
ORDER BY p.id
WITH a, b, collect(p.id) AS paragraph_ids
RETURN a.id AS entity_a, a.name AS name_a, b.id AS entity_b, b.name AS name_b, size(paragraph_ids) AS paragraphs,
       paragraph_ids[0..5] AS examples
ORDER BY paragraphs DESC, entity_a, entity_b
LIMIT $limit
