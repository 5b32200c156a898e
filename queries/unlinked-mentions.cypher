// title: Unlinked mentions to review
// question: Which references in the documents could not be linked to a known entity, of what kind, and where are they?
// param: document: str = '' -- canonical id of one document (empty: every document)
// param: type: str = '' -- intended node label, e.g. Publication (empty: any)
// example: arkg query unlinked-mentions --param type=Publication
MATCH (p:Paragraph)-[:HAS_MENTION]->(m:Mention)
WHERE ($document = '' OR m.document = $document) AND ($type = '' OR m.type = $type)
RETURN m.type AS type, m.text AS text, m.document AS document, m.paragraph AS paragraph, m.language AS language,
       m.start AS start, m.end AS end, m.id AS mention
ORDER BY type, text, document, start
