// title: Resolutions that mandate a body
// question: Which resolutions established or mandate the Working Group (or another body), and what does each ask, in the words of the paragraphs that name both?
// param: body: str = body/wg-ar -- canonical id of the body
// example: arkg query mandate-resolutions --param body=body/wg-ar
MATCH (b:Body {id: $body}), (r:Resolution)
WITH b, r, size([(b)-[:ESTABLISHED_BY]->(r) | 1]) > 0 AS establishes,
     [(b)<-[:MENTIONS]-(p:Paragraph)-[m:MENTIONS]->(r) |
      {document: m.document, paragraph: m.paragraph, language: m.language,
       text: coalesce(p.text_en, p.text_zh, p.text_fr, p.text_es, p.text_ru, p.text_ar)}] AS evidence
WHERE establishes OR size(evidence) > 0
OPTIONAL MATCH (r)-[:ADOPTED_AT]->(s:Session)
UNWIND (CASE WHEN size(evidence) = 0 THEN [{}] ELSE evidence END) AS ev
RETURN DISTINCT r.id AS resolution, r.symbol AS symbol, coalesce(r.title_en, r.title_zh) AS title, r.year AS year,
       s.id AS adopted_at, establishes, ev.document AS document, ev.paragraph AS paragraph, ev.language AS language,
       ev.text AS text
ORDER BY year, resolution, document, paragraph, language
