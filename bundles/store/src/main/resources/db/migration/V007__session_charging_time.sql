-- The time a session's car actually drew energy, in whole seconds, worked out from the session's
-- meter values when it stops (a full or paused car stays connected without charging). NULL while
-- the session runs, and for sessions that ended before this column existed.
ALTER TABLE charge_session ADD COLUMN charging_seconds BIGINT;
