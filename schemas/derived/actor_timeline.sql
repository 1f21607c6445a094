-- An actor's events and relations, each with its evidence, so that an actor's whole story is
-- one filtered scan (the README's third query no longer aggregates every mention).
SELECT a.actor_id, a.name AS actor, e.date_start, e.date_end, 'event' AS kind,
       e.event_type AS what, ea.role, e.event_id AS record_id, e.evidence
FROM event_actors ea JOIN events_readable e USING (event_id) JOIN actors a USING (actor_id)
UNION ALL
SELECT a.actor_id, a.name, r.date_start, r.date_end, 'relation', r.relation_type,
       'subject of ' || o.name, r.relation_id, r.quote
FROM relations r JOIN actors a ON a.actor_id = r.subject_id JOIN actors o ON o.actor_id = r.object_id
UNION ALL
SELECT a.actor_id, a.name, r.date_start, r.date_end, 'relation', r.relation_type,
       'object of ' || s.name, r.relation_id, r.quote
FROM relations r JOIN actors a ON a.actor_id = r.object_id JOIN actors s ON s.actor_id = r.subject_id
