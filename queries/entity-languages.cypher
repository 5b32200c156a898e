// title: An entity in every language
// question: What is an entity called in each of the six UN languages, and how is it worded where documents in each language mention it (each span counted once)?
// param: entity: str = network/carin -- canonical id of the entity
// example: arkg query entity-languages --param entity=uncac/article/56
// The entity's mentions are read once and grouped by language (a lookup per language read them six
// times), then set beside the six languages, so a language without mentions still has its row.
MATCH (e:Entity {id: $entity})
OPTIONAL MATCH (:Paragraph)-[m:MENTIONS]->(e)
WITH e, m
ORDER BY m.document, m.start, m.quote
WITH e, m.language AS language, count(m) AS mentions, collect(DISTINCT m.quote) AS wordings,
     collect(DISTINCT m.document) AS documents
WITH e, collect({language: language, mentions: mentions, wordings: wordings, documents: documents}) AS found
UNWIND ['ar', 'zh', 'en', 'fr', 'es', 'ru'] AS language
WITH e, language, [f IN found WHERE f.language = language] + [{mentions: 0, wordings: [], documents: []}] AS hits
RETURN language, coalesce(e['name_' + language], e['title_' + language]) AS name, hits[0].mentions AS mentions,
       hits[0].wordings AS wordings, hits[0].documents AS documents
ORDER BY language
