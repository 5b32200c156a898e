// title: A body's tasks, by resolution or meeting
// question: Which tasks do resolutions and meetings give the Working Group (or another body), grouped by who gave them, with the words of each task?
// param: body: str = body/wg-ar -- canonical id of the body given the tasks
// example: arkg query working-group-tasks --param body=body/wg-ar
MATCH (issuer:Entity)-[:ISSUES]->(m:Mandate)-[:ADDRESSED_TO]->(:Body {id: $body})
MATCH (p:Paragraph)-[s:STATES]->(m)
OPTIONAL MATCH (issuer)-[:ADOPTED_AT]->(adopted:Session)
WITH issuer, adopted, m, s
ORDER BY s.document, s.language, s.start
RETURN issuer.id AS issued_by, [l IN labels(issuer) WHERE l <> 'Entity'][0] AS issuer_kind, adopted.id AS adopted_at,
       count(m) AS tasks,
       collect({verb: m.verb, task: coalesce(m.text_en, m.text_fr, m.text_es, m.text_ru, m.text_ar, m.text_zh),
                document: s.document, paragraph: s.paragraph, language: s.language, quote: s.quote}) AS mandates
ORDER BY issued_by
