// title: Evidence behind the links between two entities
// question: How are two entities linked directly, and which quoted paragraphs support each link?
// param: source: str = resolution/cosp/6/2 -- canonical id of one entity
// param: target: str = resolution/cosp/1/4 -- canonical id of the other entity (either direction)
// example: arkg query edge-evidence --param source=resolution/cosp/6/2 --param target=resolution/cosp/1/4
MATCH (a:Entity {id: $source})-[r]-(b:Entity {id: $target})
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.document AS document,
       r.paragraph AS paragraph, r.language AS language, r.quote AS quote, r.start AS start
ORDER BY type, from, document, language, start
