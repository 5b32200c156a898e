// title: Entities mentioned together most often
// question: Which pairs of entities are mentioned in the same paragraphs most often?
// param: label: str = '' -- only pairs with at least one entity of this label (empty: any)
// param: limit: int = 25 -- number of pairs to return
// example: arkg query co-mentions --param label=Network --param limit=10
// The pairs and their counts are the build's (CoMention, an arkg:aggregate of schema.ttl, kept exact in each
// document's load group by graph/stores/aggregates.py), so ranking reads one node per pair instead of forming
// every pair of every paragraph. The examples are read for the pairs returned only: each paragraph of the first
// entity once (it mentions it once per language version and span), then whether it mentions the second.
MATCH (c:CoMention)
WHERE $label = '' OR $label IN c.labels
WITH c.a AS a_id, c.b AS b_id, c.paragraphs AS paragraphs
ORDER BY paragraphs DESC, a_id, b_id
LIMIT $limit
MATCH (a:Entity {id: a_id}), (b:Entity {id: b_id})
MATCH (a)<-[:MENTIONS]-(p:Paragraph)
WITH DISTINCT a, b, paragraphs, p
MATCH (p)-[:MENTIONS]->(b)
WITH DISTINCT a, b, paragraphs, p.id AS paragraph
ORDER BY paragraph
WITH a, b, paragraphs, collect(paragraph) AS paragraph_ids
RETURN a.id AS entity_a, a.name AS name_a, b.id AS entity_b, b.name AS name_b, paragraphs,
       paragraph_ids[0..5] AS examples
ORDER BY paragraphs DESC, entity_a, entity_b
