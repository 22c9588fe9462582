-- Applied to a sessions.db written by Rehearse: the stage_scores table
-- replaced by a view that fails when read (integer overflow in abs()).
-- Before the schema check, `sessions list` aborted on an uncaught StoreError.
DROP TABLE stage_scores;
CREATE VIEW stage_scores AS
    SELECT abs(-9223372036854775807 - 1) AS session_id, 0 AS position, 'clarify' AS stage,
           1 AS covered_weight, 1 AS total_weight, 1.0 AS seconds;
