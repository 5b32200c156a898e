// title: Documents citing a chapter or its articles
// question: Which documents cite a chapter of the Convention, directly or through one of its articles, and where?
// param: chapter: str = uncac/chapter/5 -- canonical id of the chapter (uncac/chapter/1 … uncac/chapter/8)
// param: limit: int = 500 -- number of citations to return (the first by document, language and position)
// example: arkg query chapter-citations --param chapter=uncac/chapter/5
MATCH (ch:Chapter {id: $chapter})
MATCH (cited:Entity)-[:PART_OF*0..1]->(ch)
WHERE cited:Chapter OR cited:Article
MATCH (cited)<-[c:CITES]-()
// A document's CITES edge and its paragraph's MENTIONS edge carry the same evidence (ingest/extract.py writes
// both for every citation), so the CITES edges alone give the same rows: half the edges to group (21 162 of
// 42 324 at 10 000 documents). The edges' values are read once into plain columns and grouped without the
// chapter (one node, the same in every row).
WITH cited, c.document AS document, c.paragraph AS paragraph, c.language AS language, c.quote AS quote,
     c.start AS start
WITH cited, document, paragraph, language, quote, min(start) AS start
ORDER BY document, language, start, cited.id, paragraph, quote
LIMIT $limit
MATCH (d:Document {id: document})
RETURN $chapter AS chapter, cited.id AS cited, coalesce(cited.title_en, cited.title_zh) AS cited_title, d.id AS document,
       d.symbol AS symbol, paragraph, language, quote, start
ORDER BY document, language, start, cited, paragraph, quote
