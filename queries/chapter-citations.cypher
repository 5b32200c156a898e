// title: Documents citing a chapter or its articles
// question: Which documents cite a chapter of the Convention, directly or through one of its articles, and where?
// param: chapter: str = uncac/chapter/5 -- canonical id of the chapter (uncac/chapter/1 … uncac/chapter/8)
// example: arkg query chapter-citations --param chapter=uncac/chapter/5
MATCH (cited:Entity)-[:PART_OF*0..1]->(ch:Chapter {id: $chapter})
WHERE cited:Chapter OR cited:Article
MATCH (cited)<-[c:CITES|MENTIONS]-()
MATCH (d:Document {id: c.document})
RETURN ch.id AS chapter, cited.id AS cited, coalesce(cited.title_en, cited.title_zh) AS cited_title, d.id AS document,
       d.symbol AS symbol, c.paragraph AS paragraph, c.language AS language, c.quote AS quote, min(c.start) AS start
ORDER BY document, language, start, cited
