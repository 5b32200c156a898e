// title: Resolutions that mandate a body
// question: Which resolutions established or mandate the Working Group (or another body), and what does each ask, in the words of the paragraphs that name both?
// param: body: str = body/wg-ar -- canonical id of the body
// param: per_resolution: int = 10 -- paragraphs quoted per resolution (the first by document, paragraph, language)
// example: arkg query mandate-resolutions --param body=body/wg-ar
OPTIONAL MATCH (:Body {id: $body})<-[:MENTIONS]-(p:Paragraph)-[m:MENTIONS]->(named:Resolution)
WITH DISTINCT named, m.document AS document, m.paragraph AS paragraph, m.language AS language, p
ORDER BY document, paragraph, language
WITH named, collect({document: document, paragraph: paragraph, language: language, p: p})[0..$per_resolution] AS quoted
WITH collect({id: named.id, evidence: quoted}) AS named
MATCH (b:Body {id: $body}), (r:Resolution)
WITH b, r, coalesce([x IN named WHERE x.id = r.id | x.evidence][0], []) AS evidence
WITH r, evidence, size([(b)-[:ESTABLISHED_BY]->(r) | 1]) > 0 AS establishes
WHERE establishes OR size(evidence) > 0
OPTIONAL MATCH (r)-[:ADOPTED_AT]->(s:Session)
UNWIND (CASE WHEN size(evidence) = 0 THEN [{}] ELSE evidence END) AS ev
RETURN DISTINCT r.id AS resolution, r.symbol AS symbol, coalesce(r.title_en, r.title_zh) AS title, r.year AS year,
       s.id AS adopted_at, establishes, ev.document AS document, ev.paragraph AS paragraph, ev.language AS language,
       coalesce(ev.p.text_en, ev.p.text_zh, ev.p.text_fr, ev.p.text_es, ev.p.text_ru, ev.p.text_ar) AS text
ORDER BY year, resolution, document, paragraph, language
