// title: What a meeting's agenda covered
// question: Which items were on the agenda of a session, what did each concern, and which documents were prepared for each item?
// param: session: str = session/wg-ar/11 -- canonical id of the session
// example: arkg query meeting-agenda --param session=session/wg-ar/11
MATCH (s:Session {id: $session})-[h:HAS_AGENDA_ITEM]->(i:AgendaItem)
WITH DISTINCT s, i, h.document AS source_document
ORDER BY source_document
WITH s, i, collect(source_document) AS source_documents,
     CASE WHEN size(i.item) >= 2 AND toInteger(left(i.item, 2)) IS NOT NULL THEN 2 ELSE 1 END AS digits
WITH s, i, source_documents, toInteger(left(i.item, digits)) AS major
OPTIONAL MATCH (d:Document)-[:PREPARED_FOR]->(i)
WITH DISTINCT s, i, major, source_documents, d.symbol AS symbol
ORDER BY symbol
WITH s, i, major, source_documents, collect(symbol) AS documents
OPTIONAL MATCH (i)-[:CONCERNS]->(c:Entity)
WITH DISTINCT i, major, source_documents, documents, c.id AS concern
ORDER BY concern
RETURN i.item AS item, i.number AS number, coalesce(i.title_en, i.title_zh, i.title_fr, i.title_es, i.title_ru,
       i.title_ar) AS title, collect(concern) AS concerns, documents, source_documents, major
ORDER BY major, item
