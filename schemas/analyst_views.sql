-- Ready-made macros for analysts (hand-written; the table views above are generated).

-- event_actors, events_readable, actor_timeline, lineage_edges and group_lineage are tables
-- written at publish time (schemas/derived/*.sql), declared above with the extracted tables.

-- Who led which group on a given day: SELECT * FROM leaders_at(DATE '2012-06-01').
CREATE OR REPLACE MACRO leaders_at(d) AS TABLE
SELECT g.name AS group_name, p.name AS leader, r.date_start, r.date_end, r.certainty, r.quote
FROM relations r JOIN actors p ON p.actor_id = r.subject_id JOIN actors g ON g.actor_id = r.object_id
WHERE r.relation_type = 'leader_of'
  AND (r.date_start IS NULL OR r.date_start <= d)
  AND (r.date_end IS NULL OR r.date_end >= d);
