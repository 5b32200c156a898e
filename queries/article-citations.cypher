// title: Documents and meetings citing an article
// question: Which documents cite a given UNCAC article, in which paragraphs, and for which meetings were they prepared?
// param: article: str = uncac/article/56 -- canonical id of the article
// param: limit: int = 500 -- number of citations to return (the first by document, language and position)
// example: arkg query article-citations --param article=uncac/article/56
MATCH (a:Article {id: $article})<-[c:CITES|MENTIONS]-()
WITH a, c.document AS document, c.paragraph AS paragraph, c.language AS language, c.quote AS quote,
     min(c.start) AS start
ORDER BY document, language, start, quote, paragraph
LIMIT $limit
MATCH (d:Document {id: document})
OPTIONAL MATCH (d)-[:PREPARED_FOR]->(target)
OPTIONAL MATCH (target)<-[:HAS_AGENDA_ITEM]-(via:Session)
WITH a, d, paragraph, language, quote, start, CASE WHEN target:Session THEN target ELSE via END AS s,
     CASE WHEN target:AgendaItem THEN target.id END AS item
ORDER BY s.id, item
RETURN a.id AS article, d.id AS document, d.symbol AS symbol, paragraph, language, quote, start,
       collect(DISTINCT s.id) AS sessions, collect(DISTINCT item) AS agenda_items
ORDER BY document, language, start, quote, paragraph
