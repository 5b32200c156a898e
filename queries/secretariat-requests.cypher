// title: What the Secretariat was asked to do, and where it reported back
// question: What was the Secretariat (or another addressee) asked to do, by which resolution or meeting and so by which session, and in which paragraphs did it report back on that resolution's mandates?
// param: addressee: str = org/unodc-secretariat -- canonical id of the addressee
// param: limit: int = 500 -- number of stating paragraphs to return (a page)
// param: offset: int = 0 -- how many to skip first (the next page: offset + limit)
// example: arkg query secretariat-requests --param addressee=org/unodc-secretariat
// The answer grows with the corpus (83 178 rows at 10 000 documents), so it comes a page at a time, in an
// order fixed down to the mandate and its stating span, so that pages neither overlap nor miss a row.
// The page is cut from the stating edges and what orders them alone; the mandates' text, the quotes and
// what the addressee reported back (read once per issuer of the page, not once per stating paragraph:
// the Secretariat is addressed by thousands of mandates of a few issuers) are read for the page only.
// A STATES edge starts only at a paragraph (ingest/acts.py), so its start is not tested for the label:
// the test cost as much as the walk.
MATCH (who:Entity {id: $addressee})<-[:ADDRESSED_TO]-(m:Mandate)<-[:ISSUES]-(issuer:Entity)
WITH who, issuer, collect(m) AS mandates
OPTIONAL MATCH (issuer)-[:ADOPTED_AT]->(adopted:Session)
WITH who, issuer, mandates, CASE WHEN issuer:Session THEN issuer.id ELSE adopted.id END AS session
UNWIND mandates AS m
MATCH ()-[s:STATES]->(m)
WITH who, issuer, session, m, s
ORDER BY session, issuer.id, s.document, s.language, s.start, s.end, m.id
SKIP $offset LIMIT $limit
WITH who, issuer, session, collect({m: m, s: s}) AS rows
OPTIONAL MATCH (who)-[rep:REPORTS_ON]->(issuer)
WITH issuer, session, rows, rep
ORDER BY rep.document, rep.language, rep.start
WITH issuer, session, rows,
     [x IN collect({document: rep.document, paragraph: rep.paragraph, language: rep.language, quote: rep.quote})
      WHERE x.document IS NOT NULL] AS reported_back
UNWIND rows AS row
WITH issuer, session, row.m AS m, row.s AS s, reported_back
RETURN issuer.id AS issued_by, session,
       m.verb AS verb, coalesce(m.text_en, m.text_fr, m.text_es, m.text_ru, m.text_ar, m.text_zh) AS task,
       s.document AS document, s.paragraph AS paragraph, s.language AS language, s.quote AS quote, reported_back
ORDER BY session, issued_by, document, language, s.start, s.end, m.id
