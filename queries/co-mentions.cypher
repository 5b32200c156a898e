// title: Entities mentioned together most often
// question: Which pairs of entities are mentioned in the same paragraphs most often?
// param: label: str = '' -- only pairs with at least one entity of this label (empty: any)
// param: limit: int = 25 -- number of pairs to return
// example: arkg query co-mentions --param label=Network --param limit=10
// The pairs, their counts and their first five paragraphs are the build's (CoMention, an arkg:aggregate of
// schema.ttl, kept exact in each document's load group by graph/stores/aggregates.py): ranking reads one node
// per pair instead of forming every pair of every paragraph, and the examples are not searched for.
MATCH (c:CoMention)
WHERE $label = '' OR $label IN c.labels
WITH c
ORDER BY c.paragraphs DESC, c.a, c.b
LIMIT $limit
MATCH (a:Entity {id: c.a}), (b:Entity {id: c.b})
RETURN a.id AS entity_a, a.name AS name_a, b.id AS entity_b, b.name AS name_b, c.paragraphs AS paragraphs,
       c.examples AS examples
ORDER BY paragraphs DESC, entity_a, entity_b
