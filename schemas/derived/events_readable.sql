-- Names and evidence are aggregated once per event and joined, not looked up per row.
-- The first mention is the first by document and offset; the rest of the key only breaks
-- ties so that rebuilds pick the same one.
WITH named AS (
    SELECT ea.event_id, ea.role, string_agg(a.name, '; ' ORDER BY a.name) AS names
    FROM event_actors ea JOIN actors a USING (actor_id)
    GROUP BY ea.event_id, ea.role
), first_mention AS (
    SELECT event_id,
           first(quote ORDER BY doc_id, char_start, char_end, mention_id) AS evidence,
           first(citation ORDER BY doc_id, char_start, char_end, mention_id)
               FILTER (WHERE citation IS NOT NULL) AS citation
    FROM event_mentions
    GROUP BY event_id
)
SELECT
    e.event_id, e.event_type, e.date_start, e.date_end, e.date_precision, e.date_text,
    e.date_basis, e.country, e.location, e.geo_precision, e.killed, e.killed_qualifier,
    e.injured, e.injured_qualifier, e.hostages, e.hostages_qualifier, e.certainty,
    p.names AS perpetrators, e.perpetrator_basis, t.names AS targets, f.evidence, f.citation,
    e.doc_ids
FROM events e
LEFT JOIN named p ON p.event_id = e.event_id AND p.role = 'perpetrator'
LEFT JOIN named t ON t.event_id = e.event_id AND t.role = 'target'
LEFT JOIN first_mention f ON f.event_id = e.event_id
