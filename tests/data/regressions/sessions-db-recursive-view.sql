-- Applied to a sessions.db written by Rehearse: the stage_scores table
-- replaced by a view over an endless recursive query. Before the schema
-- check, `sessions list` never returned.
DROP TABLE stage_scores;
CREATE VIEW stage_scores AS
    WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever)
    SELECT n AS session_id, n AS position, 'clarify' AS stage, 1 AS covered_weight, 1 AS total_weight,
           1.0 AS seconds
    FROM forever;
