-- Ready-made views for analysts (hand-written; the table views above are generated).

-- Who took part in each event, one row per (event, role, actor).
CREATE OR REPLACE VIEW event_actors AS
SELECT e.event_id, 'perpetrator' AS role, u.actor_id
FROM events e, unnest(e.perpetrator_ids) AS u(actor_id)
UNION ALL
SELECT e.event_id, 'target' AS role, u.actor_id
FROM events e, unnest(e.target_ids) AS u(actor_id);
COMMENT ON VIEW event_actors IS 'One row per (event, role, actor): perpetrators and targets unnested.';

-- Events with actor names and their first piece of evidence: the view to start from.
-- Names and evidence are aggregated once per event and joined, not looked up per row (1.5x
-- faster on a million events: scripts/bench_queries.py).
CREATE OR REPLACE VIEW events_readable AS
WITH named AS (
    SELECT ea.event_id, ea.role, string_agg(a.name, '; ' ORDER BY a.name) AS names
    FROM event_actors ea JOIN actors a USING (actor_id)
    GROUP BY ea.event_id, ea.role
), first_mention AS (
    SELECT event_id,
           first(quote ORDER BY doc_id, char_start) AS evidence,
           first(citation ORDER BY doc_id, char_start) FILTER (WHERE citation IS NOT NULL)
               AS citation
    FROM event_mentions
    GROUP BY event_id
)
SELECT
    e.event_id, e.event_type, e.date_start, e.date_end, e.date_precision, e.date_text,
    e.country, e.location, e.geo_precision, e.killed, e.killed_qualifier, e.injured,
    e.injured_qualifier, e.hostages, e.hostages_qualifier, e.certainty,
    p.names AS perpetrators, t.names AS targets, f.evidence, f.citation, e.doc_ids
FROM events e
LEFT JOIN named p ON p.event_id = e.event_id AND p.role = 'perpetrator'
LEFT JOIN named t ON t.event_id = e.event_id AND t.role = 'target'
LEFT JOIN first_mention f ON f.event_id = e.event_id;
COMMENT ON VIEW events_readable IS 'Events with perpetrator and target names, first evidence quote and citation.';

-- An actor's timeline: its events and relations in date order (undated last).
CREATE OR REPLACE VIEW actor_timeline AS
SELECT a.actor_id, a.name AS actor, e.date_start, e.date_end, 'event' AS kind,
       e.event_type AS what, ea.role, e.event_id AS record_id
FROM event_actors ea JOIN events e USING (event_id) JOIN actors a USING (actor_id)
UNION ALL
SELECT a.actor_id, a.name, r.date_start, r.date_end, 'relation', r.relation_type,
       'subject of ' || o.name, r.relation_id
FROM relations r JOIN actors a ON a.actor_id = r.subject_id JOIN actors o ON o.actor_id = r.object_id
UNION ALL
SELECT a.actor_id, a.name, r.date_start, r.date_end, 'relation', r.relation_type,
       'object of ' || s.name, r.relation_id
FROM relations r JOIN actors a ON a.actor_id = r.object_id JOIN actors s ON s.actor_id = r.subject_id;
COMMENT ON VIEW actor_timeline IS 'Events and relations per actor; order by actor, date_start NULLS LAST.';

-- Lineage edges, always from the older group to the newer one.
CREATE OR REPLACE VIEW lineage_edges AS
SELECT parent_id, child_id,
       string_agg(DISTINCT relation_type, ', ' ORDER BY relation_type) AS relation_types,
       min(date_start) AS date_start
FROM (
    SELECT subject_id AS parent_id, object_id AS child_id, relation_type, date_start
    FROM relations WHERE relation_type = 'renamed_to'
    UNION ALL
    SELECT object_id AS parent_id, subject_id AS child_id, relation_type, date_start
    FROM relations WHERE relation_type IN ('split_from', 'successor_of')
)
GROUP BY parent_id, child_id;
COMMENT ON VIEW lineage_edges IS 'Parent → child links between groups (one per pair) from renamed_to, split_from and successor_of relations, with the earliest date stated.';

-- Every chain of descent from a group with no parent, e.g. GIA → GSPC → AQIM → splinter.
CREATE OR REPLACE VIEW group_lineage AS
WITH RECURSIVE chain(root_id, actor_id, depth, path, names, since) AS (
    SELECT p.parent_id, p.parent_id, 0, [p.parent_id], [a.name], CAST(NULL AS DATE)
    FROM (SELECT DISTINCT parent_id FROM lineage_edges) p JOIN actors a ON a.actor_id = p.parent_id
    WHERE p.parent_id NOT IN (SELECT child_id FROM lineage_edges)
    UNION ALL
    SELECT c.root_id, l.child_id, c.depth + 1, list_append(c.path, l.child_id),
           list_append(c.names, a.name), l.date_start
    FROM chain c JOIN lineage_edges l ON l.parent_id = c.actor_id JOIN actors a ON a.actor_id = l.child_id
    WHERE NOT list_contains(c.path, l.child_id) AND c.depth < 20
)
SELECT names[1] AS root, depth, names[-1] AS actor, actor_id, since,
       array_to_string(names, ' → ') AS chain
FROM chain;
COMMENT ON VIEW group_lineage IS 'Descent of groups through renamings, splits and successions, from each root.';

-- Who led which group on a given day: SELECT * FROM leaders_at(DATE '2012-06-01').
CREATE OR REPLACE MACRO leaders_at(d) AS TABLE
SELECT g.name AS group_name, p.name AS leader, r.date_start, r.date_end, r.certainty, r.quote
FROM relations r JOIN actors p ON p.actor_id = r.subject_id JOIN actors g ON g.actor_id = r.object_id
WHERE r.relation_type = 'leader_of'
  AND (r.date_start IS NULL OR r.date_start <= d)
  AND (r.date_end IS NULL OR r.date_end >= d);
