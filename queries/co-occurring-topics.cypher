// title: Topics discussed together with a topic
// question: Which other topics are raised in the same paragraphs as a topic (for example victim compensation), how often, and where?
// param: topic: str = topic/victim-compensation -- canonical id of the topic
// example: arkg query co-occurring-topics --param topic=topic/victim-compensation
MATCH (t:Topic {id: $topic})<-[:MENTIONS]-(p:Paragraph)-[m:MENTIONS]->(other:Topic)
WHERE other.id <> t.id
RETURN other.id AS topic, other.name AS name, count(DISTINCT p) AS paragraphs,
       collect(DISTINCT {document: m.document, paragraph: m.paragraph, quote: m.quote})[0..5] AS evidence
ORDER BY paragraphs DESC, topic
