// title: Statements for and against a proposal
// question: Which statements support or oppose a proposal (such as a separate international instrument on asset return), and in which paragraphs?
// param: topic: str = '' -- canonical id of the proposal's topic (empty: every proposal)
// example: arkg query stances --param topic=topic/international-instrument-on-asset-return
MATCH (p:Paragraph)-[s:SUPPORTS|OPPOSES]->(t:Topic)
WHERE $topic = '' OR t.id = $topic
RETURN t.id AS topic, t.name AS proposal, type(s) AS stance, s.document AS document, s.paragraph AS paragraph,
       s.language AS language, s.quote AS quote, s.start AS start
ORDER BY topic, document, language, start, stance
