-- Applied to a sessions.db written by Rehearse: a trigger that wipes a
-- session's journal when it is renamed. Before the schema check, `sessions
-- rename 1 x` reported success and all of session 1's actions were gone.
CREATE TRIGGER wipe_journal_on_rename AFTER UPDATE OF name ON sessions
BEGIN
    DELETE FROM actions WHERE session_id = NEW.id;
END;
