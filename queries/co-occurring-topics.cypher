// title: Topics discussed together with a topic
// question: Which other topics are raised in the same paragraphs as a topic (for example victim compensation), how often, and where?
// param: topic: str = topic/victim-compensation -- canonical id of the topic
// example: arkg query co-occurring-topics --param topic=topic/victim-compensation
MATCH (t:Topic {id: $topic})<-[:MENTIONS]-(p:Paragraph)-[m:MENTIONS]->(other:Topic)
WHERE other.id <> t.id
WITH DISTINCT other, p, m.document AS document, m.paragraph AS paragraph, m.quote AS quote
ORDER BY document, paragraph, quote
WITH other, collect(DISTINCT p.id) AS paragraph_ids,
     collect({document: document, paragraph: paragraph, quote: quote}) AS evidence
RETURN other.id AS topic, other.name AS name, size(paragraph_ids) AS paragraphs, evidence[0..5] AS evidence
ORDER BY paragraphs DESC, topic
