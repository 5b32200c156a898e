// title: Networks, organizations and events mentioned at meetings
// question: Which practitioner networks, organizations, initiatives and events are mentioned at which meetings (paragraph → document → session), and when were they first and last mentioned (a country named only as the country of a venue city is not counted)?
// param: session: str = '' -- canonical id of one session (empty: every session)
// param: labels: list = ["Network", "Organization", "Initiative", "Event"] -- node labels of the entities to report
// example: arkg query mentions-at-meetings --param session=session/wg-ar/11 --param labels=Network
// The paragraphs per document and entity (venue countries left out) are the build's (MentionCount, an
// arkg:aggregate of schema.ttl, kept exact in each document's load group by graph/stores/document_counts.py):
// the question reads one count per document of each entity instead of every paragraph that mentions it.
// Sessions are found here, not counted in: a document's session comes from edges other documents write.
// Labels cannot be parameters: each count keeps its entity's label, whose index finds the counts of the
// labels asked for (testing every entity's labels read 146 k entities at 10 000 documents). A document's
// session is looked up once per document, not once per entity it mentions.
MATCH (c:MentionCount)
WHERE c.label IN $labels
WITH c.entity AS entity, collect(c) AS counts
MATCH (e:Entity {id: entity})
UNWIND counts AS c
WITH c.document AS document, collect({e: e, paragraphs: c.paragraphs}) AS counted
MATCH (d:Document {id: document})
OPTIONAL MATCH (d)-[:PREPARED_FOR]->(target)
OPTIONAL MATCH (target)<-[:HAS_AGENDA_ITEM]-(via:Session)
WITH DISTINCT d, counted, CASE WHEN target:Session THEN target ELSE via END AS s
WHERE s IS NOT NULL
UNWIND counted AS count
WITH count.e AS e, d, count.paragraphs AS paragraphs, s
ORDER BY d.id
WITH e, s, sum(paragraphs) AS paragraphs, collect(d.id) AS documents,
     min(coalesce(d.date, s.start_date)) AS first_date, max(coalesce(d.date, s.start_date)) AS last_date
WITH e, collect({session: s.id, paragraphs: paragraphs, documents: documents}) AS meetings,
     min(first_date) AS first_mention, max(last_date) AS last_mention
UNWIND meetings AS meeting
WITH e, meeting, first_mention, last_mention
WHERE $session = '' OR meeting.session = $session
RETURN meeting.session AS session, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.id AS entity, e.name AS name,
       meeting.paragraphs AS paragraphs, meeting.documents AS documents, first_mention, last_mention
ORDER BY session, label, entity
