-- The part of a session's energy already charged to its badge's energy credit, in Wh: charging
-- the credit again with the same energy (a repeated MeterValues or StopTransaction) charges nothing.
ALTER TABLE charge_session ADD COLUMN credit_charged_wh BIGINT DEFAULT 0 NOT NULL;
