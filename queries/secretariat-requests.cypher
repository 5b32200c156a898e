// title: What the Secretariat was asked to do, and where it reported back
// question: What was the Secretariat (or another addressee) asked to do, by which resolution or meeting and so by which session, and in which paragraphs did it report back on that resolution's mandates?
// param: addressee: str = org/unodc-secretariat -- canonical id of the addressee
// param: limit: int = 500 -- number of stating paragraphs to return (a page)
// param: offset: int = 0 -- how many to skip first (the next page: offset + limit)
// example: arkg query secretariat-requests --param addressee=org/unodc-secretariat
// From the addressee to its mandates; what it reported back is looked up once per issuer, not once
// per stating paragraph (the Secretariat is addressed by thousands of mandates of a few issuers). The
// answer grows with the corpus (8 492 rows at 1 000 documents), so it comes a page at a time, in an order
// fixed down to the mandate and its stating span, so that pages neither overlap nor miss a row.
MATCH (who:Entity {id: $addressee})<-[:ADDRESSED_TO]-(m:Mandate)<-[:ISSUES]-(issuer:Entity)
WITH who, issuer, collect(m) AS mandates
OPTIONAL MATCH (who)-[rep:REPORTS_ON]->(issuer)
WITH issuer, mandates, rep
ORDER BY rep.document, rep.language, rep.start
WITH issuer, mandates,
     [x IN collect({document: rep.document, paragraph: rep.paragraph, language: rep.language, quote: rep.quote})
      WHERE x.document IS NOT NULL] AS reported_back
OPTIONAL MATCH (issuer)-[:ADOPTED_AT]->(adopted:Session)
WITH issuer, adopted, mandates, reported_back
UNWIND mandates AS m
MATCH (p:Paragraph)-[s:STATES]->(m)
RETURN issuer.id AS issued_by, CASE WHEN issuer:Session THEN issuer.id ELSE adopted.id END AS session,
       m.verb AS verb, coalesce(m.text_en, m.text_fr, m.text_es, m.text_ru, m.text_ar, m.text_zh) AS task,
       s.document AS document, s.paragraph AS paragraph, s.language AS language, s.quote AS quote, reported_back
ORDER BY session, issued_by, document, language, s.start, s.end, m.id
SKIP $offset LIMIT $limit
