-- Who took part in each event, one row per (event, role, actor): the lists in events unnested
-- once, so that a question about one actor's events is a filtered scan.
SELECT e.event_id, 'perpetrator' AS role, u.actor_id
FROM events e, unnest(e.perpetrator_ids) AS u(actor_id)
UNION ALL
SELECT e.event_id, 'target' AS role, u.actor_id
FROM events e, unnest(e.target_ids) AS u(actor_id)
