// title: What a resolution asks, and of whom
// question: What does a resolution ask (requests, mandates, encourages …), of whom, and in which words, as the paragraphs that state each mandate quote it?
// param: resolution: str = resolution/cosp/6/3 -- canonical id of the resolution (empty: every resolution)
// example: arkg query resolution-mandates --param resolution=resolution/cosp/6/3
MATCH (r:Resolution)-[:ISSUES]->(m:Mandate)-[:ADDRESSED_TO]->(who:Entity)
WHERE $resolution = '' OR r.id = $resolution
MATCH (p:Paragraph)-[s:STATES]->(m)
RETURN r.id AS resolution, m.verb AS verb, who.id AS addressee, who.name AS addressee_name,
       coalesce(m.text_en, m.text_fr, m.text_es, m.text_ru, m.text_ar, m.text_zh) AS task,
       s.document AS document, s.paragraph AS paragraph, s.language AS language, s.quote AS quote
ORDER BY resolution, document, language, s.start, addressee
