// title: Everything within two hops of an entity
// question: What is connected to an entity within two steps, through which relationship types, and how close?
// param: entity: str = network/carin -- canonical id of the entity
// param: limit: int = 200 -- number of neighbours to return
// example: arkg query neighbourhood --param entity=uncac/article/56
MATCH path = (e:Entity {id: $entity})-[*1..2]-(n:Entity)
WHERE n.id <> e.id
WITH n, path, reduce(key = '', r IN relationships(path) | key + type(r) + '>') AS route
ORDER BY route
WITH n, min(length(path)) AS distance, collect(DISTINCT [r IN relationships(path) | type(r)]) AS via
RETURN n.id AS entity, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, distance, via
ORDER BY distance, label, entity
LIMIT $limit
