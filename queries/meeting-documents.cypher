// title: Documents prepared for a meeting, and which are not in the corpus
// question: Which documents were prepared for a meeting (for the session or one of its agenda items), under which items, and which of them has the corpus not read?
// param: session: str = session/wg-ar/11 -- canonical id of the session
// example: arkg query meeting-documents --param session=session/wg-ar/11
// From the session and its agenda items to what was prepared for them: every PREPARED_FOR edge of the
// graph compared with the session's ids grows with the corpus; the few targets' own edges do not.
MATCH (s:Session {id: $session})
OPTIONAL MATCH (s)-[:HAS_AGENDA_ITEM]->(i:AgendaItem)
WITH s, collect(DISTINCT i) AS items
UNWIND [s] + items AS item
WITH DISTINCT item AS target
MATCH (d:Document)-[pf:PREPARED_FOR]->(target)
WITH d, pf, target
ORDER BY pf.document, pf.start
WITH d, collect(DISTINCT target.item) AS agenda_items,
     [x IN collect({document: pf.document, paragraph: pf.paragraph, quote: pf.quote}) WHERE x.document IS NOT NULL]
     AS evidence
RETURN d.id AS document, d.symbol AS symbol, size(coalesce(d.languages, [])) > 0 AS in_corpus,
       coalesce(d.languages, []) AS languages, [x IN agenda_items WHERE x IS NOT NULL] AS agenda_items, evidence
ORDER BY in_corpus DESC, symbol
