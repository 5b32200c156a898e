// title: What the Secretariat was asked to do, and where it reported back
// question: What was the Secretariat (or another addressee) asked to do, by which resolution or meeting and so by which session, and in which paragraphs did it report back on that resolution's mandates?
// param: addressee: str = org/unodc-secretariat -- canonical id of the addressee
// param: limit: int = 500 -- number of stating paragraphs to return (a page)
// param: offset: int = 0 -- how many to skip first (the next page: offset + limit)
// example: arkg query secretariat-requests --param addressee=org/unodc-secretariat
// The answer grows with the corpus (83 178 rows at 10 000 documents), so it comes a page at a time, in an
// order fixed down to the mandate and its stating span, so that pages neither overlap nor miss a row.
// The build counts the stating paragraphs per addressee and issuer (MandateCount, an arkg:aggregate of
// schema.ttl, kept exact by graph/stores/mandate_counts.py): the issuers are put in the page's order and
// their counts added up, and only the issuers the page falls in are walked (a page of 500 falls in one or
// two of the Secretariat's ~100 issuers), not every mandate of the addressee. The mandates' text, the
// quotes and what the addressee reported back are read for the page's rows and issuers only.
// A STATES edge starts only at a paragraph (ingest/acts.py), so its start is not tested for the label.
MATCH (x:MandateCount {addressee: $addressee})
WITH x.issuer AS id, x.statements AS statements
MATCH (issuer:Entity {id: id})
OPTIONAL MATCH (issuer)-[:ADOPTED_AT]->(adopted:Session)
WITH issuer, statements, CASE WHEN issuer:Session THEN issuer.id ELSE adopted.id END AS session
ORDER BY session, issuer.id
WITH collect({issuer: issuer, session: session, statements: statements}) AS groups
// each issuer with the rows of the issuers before it (skipped)
WITH reduce(walk = {skipped: 0, groups: []}, g IN groups |
            {skipped: walk.skipped + g.statements, groups: walk.groups + [{g: g, skipped: walk.skipped}]}) AS walk
UNWIND walk.groups AS group
WITH group.g AS g, group.skipped AS skipped
WHERE skipped < $offset + $limit AND skipped + g.statements > $offset
WITH g.issuer AS issuer, g.session AS session, skipped
MATCH (who:Entity {id: $addressee})<-[:ADDRESSED_TO]-(m:Mandate)<-[:ISSUES]-(issuer)
MATCH ()-[s:STATES]->(m)
WITH who, issuer, session, skipped, m, s
ORDER BY session, issuer.id, s.document, s.language, s.start, s.end, m.id
WITH who, min(skipped) AS skipped, collect({issuer: issuer, session: session, m: m, s: s}) AS walked
UNWIND walked[($offset - skipped)..($offset - skipped + $limit)] AS row
WITH who, row.issuer AS issuer, row.session AS session, collect({m: row.m, s: row.s}) AS rows
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
