// title: An entity in every language
// question: What is an entity called in each of the six UN languages, and how is it worded where documents in each language mention it (each span counted once)?
// param: entity: str = network/carin -- canonical id of the entity
// example: arkg query entity-languages --param entity=uncac/article/56
MATCH (e:Entity {id: $entity})
UNWIND ['ar', 'zh', 'en', 'fr', 'es', 'ru'] AS language
OPTIONAL MATCH (:Paragraph)-[m:MENTIONS]->(e)
WHERE m.language = language
WITH e, language, m
ORDER BY m.document, m.start, m.quote
RETURN language, coalesce(e['name_' + language], e['title_' + language]) AS name, count(m) AS mentions,
       collect(DISTINCT m.quote) AS wordings, collect(DISTINCT m.document) AS documents
ORDER BY language
