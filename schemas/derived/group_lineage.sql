-- Every chain of descent from a group with no parent, e.g. GIA → GSPC → AQIM → splinter.
-- The depth limit stops a cycle the path check missed from running away.
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
FROM chain
