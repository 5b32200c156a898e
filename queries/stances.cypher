// title: Positions on a proposal, by kind of speaker
// question: Who proposed, supported, opposed, deferred or welcomed a proposal (such as a separate international instrument on asset return) — which kind of speaker, how many — and in which paragraphs?
// param: topic: str = topic/international-instrument-on-asset-return -- canonical id of what the proposal is about (empty: every position)
// example: arkg query stances --param topic=topic/international-instrument-on-asset-return
MATCH (who:Entity)-[s:PROPOSES|SUPPORTS|OPPOSES|DEFERS|WELCOMES|RECOMMENDS]->(t:Entity)
WHERE $topic = '' OR t.id = $topic
RETURN t.id AS topic, coalesce(t.name, t.id) AS proposal, type(s) AS stance, who.id AS speaker_kind,
       who.name AS speaker, s.quantity AS quantity, s.count AS count, s.document AS document,
       s.paragraph AS paragraph, s.language AS language, s.quote AS quote, s.start AS start
ORDER BY topic, document, language, start, stance
