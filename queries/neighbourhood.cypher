// title: Everything within two hops of an entity
// question: What is connected to an entity within two steps, through which relationship types, and how close?
// param: entity: str = network/carin -- canonical id of the entity
// param: limit: int = 200 -- number of neighbours to return
// example: arkg query neighbourhood --param entity=uncac/article/56
// The page is chosen before any route is read, from the pairs of nodes alone: a pattern without a
// relationship variable gives each pair of neighbours once, where walking every edge of both hops (one per
// piece of evidence) met 154 356 second-hop edges at 10 000 documents for network/carin, 139 172 of them from
// one actor hub, to keep 200 neighbours. When the entity's own neighbours fill the page, no neighbour two
// steps away can be on it, so the second hop is not walked to choose the page. Then only the chosen
// neighbours' routes are read: the types of the edges between the entity and each node next to both (read
// once per such node), and between that node and the neighbour.
MATCH (:Entity {id: $entity})--(m)
WITH DISTINCT m
WITH collect(m) AS ms
WITH ms, size([m IN ms WHERE m:Entity AND m.id <> $entity]) >= $limit AS filled
UNWIND ms AS m
OPTIONAL MATCH (m)--(far:Entity)
WHERE NOT filled
WITH filled, m, collect(DISTINCT far) AS fars
UNWIND fars + [m] AS n
WITH filled, n, min(CASE WHEN n = m THEN 1 ELSE 2 END) AS distance,
     collect(DISTINCT CASE WHEN n <> m THEN m END) AS middles
WHERE n:Entity AND n.id <> $entity
WITH filled, n, distance, middles, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
ORDER BY distance, label, n.id
LIMIT $limit
MATCH (e:Entity {id: $entity})
OPTIONAL MATCH (n)--(m)--(e)
WHERE filled
WITH e, n, distance, label, middles, collect(DISTINCT m) AS walked
UNWIND middles + walked + [null] AS m
WITH e, m, collect({n: n, distance: distance, label: label}) AS ends
OPTIONAL MATCH (e)-[r1]-(m)
WITH e, m, ends, collect(DISTINCT type(r1)) AS t1s
UNWIND ends AS end
WITH e, m, t1s, end, end.n AS n
OPTIONAL MATCH (m)-[r2]-(n)
WITH e, n, end, t1s, collect(DISTINCT type(r2)) AS t2s
WITH e, n, end, reduce(acc = [], t1 IN t1s | acc + [t2 IN t2s | [t1, t2]]) AS routes
WITH e, n, end, collect(routes) AS parts
WITH e, n, end, reduce(acc = [], rs IN parts | acc + rs) AS routes
OPTIONAL MATCH (e)-[r1]-(n)
WITH n, end, routes, [t IN collect(DISTINCT type(r1)) | [t]] AS direct
UNWIND direct + routes AS via
WITH DISTINCT n, end, via
WITH n, end, via, reduce(key = '', t IN via | key + t + '>') AS route
ORDER BY route
WITH n, end, collect(via) AS via
RETURN n.id AS entity, end.label AS label, n.name AS name, end.distance AS distance, via
ORDER BY distance, label, entity
