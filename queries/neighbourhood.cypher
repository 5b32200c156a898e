// title: Everything within two hops of an entity
// question: What is connected to an entity within two steps, through which relationship types, and how close?
// param: entity: str = network/carin -- canonical id of the entity
// param: limit: int = 200 -- number of neighbours to return
// example: arkg query neighbourhood --param entity=uncac/article/56
// Each hop is deduplicated on (node, relationship type) before the next: the graph holds one edge per
// piece of evidence, so walking paths would visit every parallel edge of both hops (tens of thousands of
// paths through a paragraph or document hub) to find the same few neighbours.
MATCH (e:Entity {id: $entity})-[r1]-(m)
WITH DISTINCT e, m, type(r1) AS t1
OPTIONAL MATCH (m)-[r2]-(far:Entity)
WHERE far.id <> e.id
WITH DISTINCT m, t1, far, type(r2) AS t2
UNWIND [{n: m, via: [t1]}, {n: far, via: [t1, t2]}] AS hop
WITH hop.n AS n, hop.via AS via
WHERE n IS NOT NULL AND n:Entity AND n.id <> $entity
WITH DISTINCT n, via
WITH n, via, reduce(key = '', t IN via | key + t + '>') AS route
ORDER BY route
WITH n, min(size(via)) AS distance, collect(via) AS via
RETURN n.id AS entity, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, distance, via
ORDER BY distance, label, entity
LIMIT $limit
