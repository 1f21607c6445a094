-- Lineage edges, always from the older group to the newer one.
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
GROUP BY parent_id, child_id
