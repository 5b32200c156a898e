// title: Resolutions that mandate a body
// question: Which resolutions established a body (the Working Group by default) or give it tasks, and what does each ask of it, in the words of the paragraph that states the mandate?
// param: body: str = body/wg-ar -- canonical id of the body
// example: arkg query mandate-resolutions --param body=body/wg-ar
// Only the resolutions that establish the body or issue a mandate to it, found from the body's side
// (a resolution issues many mandates to others).
MATCH (b:Body {id: $body})
OPTIONAL MATCH (b)-[:ESTABLISHED_BY]->(founding:Resolution)
WITH b, collect(DISTINCT founding) AS founding
OPTIONAL MATCH (b)<-[:ADDRESSED_TO]-(:Mandate)<-[:ISSUES]-(tasking:Resolution)
WITH b, founding, collect(DISTINCT tasking) AS tasking
UNWIND founding + tasking AS r
WITH DISTINCT b, r, founding
WITH b, r, r IN founding AS establishes
OPTIONAL MATCH (b)<-[:ADDRESSED_TO]-(m:Mandate)<-[:ISSUES]-(r)
OPTIONAL MATCH (:Paragraph)-[s:STATES]->(m)
WITH r, establishes, m, s
WHERE establishes OR m IS NOT NULL
OPTIONAL MATCH (r)-[:ADOPTED_AT]->(at:Session)
RETURN r.id AS resolution, r.symbol AS symbol, coalesce(r.title_en, r.title_zh) AS title, r.year AS year,
       at.id AS adopted_at, establishes, m.verb AS verb,
       coalesce(m.text_en, m.text_fr, m.text_es, m.text_ru, m.text_ar, m.text_zh) AS task,
       s.document AS document, s.paragraph AS paragraph, s.language AS language, s.quote AS text
ORDER BY year, resolution, document, language, s.start
