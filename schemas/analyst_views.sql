-- Ready-made views for analysts (hand-written; the table views above are generated).

-- Who took part in each event, one row per (event, role, actor).
CREATE OR REPLACE VIEW event_actors AS
SELECT e.event_id, 'perpetrator' AS role, u.actor_id
FROM events e, unnest(e.perpetrator_ids) AS u(actor_id)
UNION ALL
SELECT e.event_id, 'target' AS role, u.actor_id
FROM events e, unnest(e.target_ids) AS u(actor_id);
COMMENT ON VIEW event_actors IS 'One row per (event, role, actor): perpetrators and targets unnested.';

-- events_readable, actor_timeline, lineage_edges and group_lineage are tables written at
-- publish time (schemas/derived/*.sql), declared above with the extracted tables.

-- Who led which group on a given day: SELECT * FROM leaders_at(DATE '2012-06-01').
CREATE OR REPLACE MACRO leaders_at(d) AS TABLE
SELECT g.name AS group_name, p.name AS leader, r.date_start, r.date_end, r.certainty, r.quote
FROM relations r JOIN actors p ON p.actor_id = r.subject_id JOIN actors g ON g.actor_id = r.object_id
WHERE r.relation_type = 'leader_of'
  AND (r.date_start IS NULL OR r.date_start <= d)
  AND (r.date_end IS NULL OR r.date_end >= d);
