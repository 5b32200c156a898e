// title: Lineage of a resolution
// question: Which earlier resolutions does a resolution recall (transitively), and which later resolutions recall it?
// param: resolution: str = resolution/cosp/6/2 -- canonical id of the resolution
// example: arkg query resolution-lineage --param resolution=resolution/cosp/6/2
MATCH (r:Resolution {id: $resolution})
OPTIONAL MATCH up = (r)-[:RECALLS*1..10]->(older:Resolution)
WITH r, collect({node: older, depth: length(up), direction: 'recalls'}) AS ancestors
OPTIONAL MATCH down = (r)<-[:RECALLS*1..10]-(newer:Resolution)
WITH r, ancestors, collect({node: newer, depth: length(down), direction: 'recalled by'}) AS descendants
UNWIND ancestors + descendants AS hit
WITH r, hit WHERE hit.node IS NOT NULL
WITH r, hit.direction AS direction, hit.node AS x, min(hit.depth) AS depth
OPTIONAL MATCH (x)-[:ADOPTED_AT]->(s:Session)
OPTIONAL MATCH (r)-[e:RECALLS]-(x)
WITH direction, x, depth, s, e
ORDER BY e.document, e.quote
RETURN direction, x.id AS resolution, x.symbol AS symbol, coalesce(x.title_en, x.title_zh) AS title, x.year AS year,
       s.id AS adopted_at, depth, collect(DISTINCT e.document) AS documents, collect(DISTINCT e.quote) AS quotes
ORDER BY direction DESC, depth, year, resolution
