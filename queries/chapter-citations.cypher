// title: Documents citing a chapter or its articles
// question: Which documents cite a chapter of the Convention, directly or through one of its articles, and where?
// param: chapter: str = uncac/chapter/5 -- canonical id of the chapter (uncac/chapter/1 … uncac/chapter/8)
// param: limit: int = 500 -- number of citations to return (the first by document, language and position)
// example: arkg query chapter-citations --param chapter=uncac/chapter/5
// The rows are ordered by document first, so the page's rows come from the first documents that cite the
// chapter or one of its articles, and how many is known before any citation is read: each paragraph of a
// document that mentions a cited provision gives at least one row, because every such mention is also its
// document's citation with the paragraph's number (ingest/extract.py), and the build's mention counts
// (MentionCount, indexed by entity) hold those paragraphs per document. So the documents are taken in order
// until their paragraphs reach $limit, and only their own CITES edges are read, from each document node:
// 500 rows for chapter V at 10 000 documents read 77 documents' citations instead of grouping the 21 162
// citations of 1 149 documents (docs/benchmarks.md, stop 16). Rows identical (bench/compare.py).
MATCH (ch:Chapter {id: $chapter})<-[:PART_OF*0..1]-(cited)
WHERE cited:Chapter OR cited:Article
WITH collect(cited) AS citeds
UNWIND citeds AS cited
MATCH (n:MentionCount {entity: cited.id})
WITH citeds, n.document AS document, sum(n.paragraphs) AS least
ORDER BY document
LIMIT $limit
WITH citeds, collect({document: document, least: least}) AS documents
WITH citeds, reduce(cut = {rows: 0, documents: []}, x IN documents |
     CASE WHEN cut.rows >= $limit THEN cut
          ELSE {rows: cut.rows + x.least, documents: cut.documents + [x.document]} END).documents AS documents
UNWIND documents AS document
MATCH (d:Document {id: document})-[c:CITES]->(cited)
WHERE cited IN citeds
WITH cited, d, c.paragraph AS paragraph, c.language AS language, c.quote AS quote, c.start AS start
WITH cited, d, paragraph, language, quote, min(start) AS start
ORDER BY d.id, language, start, cited.id, paragraph, quote
LIMIT $limit
RETURN $chapter AS chapter, cited.id AS cited, coalesce(cited.title_en, cited.title_zh) AS cited_title, d.id AS document,
       d.symbol AS symbol, paragraph, language, quote, start
ORDER BY document, language, start, cited, paragraph, quote
