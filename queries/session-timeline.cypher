// title: Timeline of sessions and venues
// question: When and where did the Conference and its Working Group meet, and which report records each session?
// param: body: str = '' -- body code, e.g. cosp or wg-ar (empty: every body)
// example: arkg query session-timeline --param body=wg-ar
MATCH (s:Session)
WHERE $body = '' OR s.body = $body
OPTIONAL MATCH (s)-[:SESSION_OF]->(b:Body)
OPTIONAL MATCH (s)-[:HELD_IN]->(place:Entity)
OPTIONAL MATCH (place)-[:LOCATED_IN]->(country:Country)
RETURN s.start_date AS start_date, s.end_date AS end_date, s.id AS session, b.name AS body, s.number AS number,
       place.name AS venue, country.name AS country, s.report_symbol AS report
ORDER BY start_date IS NULL, start_date, session
