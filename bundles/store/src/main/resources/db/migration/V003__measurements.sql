-- measurements: raw samples and their roll-ups
-- One raw sample per meter and instant (epoch ms); NULL = not measured. The key serves range reads.
CREATE TABLE measurement_sample (
  meter_id VARCHAR(100) NOT NULL,
  sampled_at BIGINT NOT NULL,
  voltage_l1 DOUBLE PRECISION,
  voltage_l2 DOUBLE PRECISION,
  voltage_l3 DOUBLE PRECISION,
  current_l1 DOUBLE PRECISION,
  current_l2 DOUBLE PRECISION,
  current_l3 DOUBLE PRECISION,
  power_l1 DOUBLE PRECISION,
  power_l2 DOUBLE PRECISION,
  power_l3 DOUBLE PRECISION,
  power_total DOUBLE PRECISION,
  import_wh DOUBLE PRECISION,
  export_wh DOUBLE PRECISION,
  PRIMARY KEY (meter_id, sampled_at)
);
-- the meters that have samples, so that roll-ups and purges walk the key meter by meter
CREATE TABLE measurement_meter (
  meter_id VARCHAR(100) NOT NULL PRIMARY KEY
);
-- one row per meter, resolution (QUARTER_HOUR, HOUR, DAY) and complete bucket [bucket_start, bucket_end)
CREATE TABLE measurement_rollup (
  meter_id VARCHAR(100) NOT NULL,
  resolution VARCHAR(16) NOT NULL,
  bucket_start BIGINT NOT NULL,
  bucket_end BIGINT NOT NULL,
  samples INTEGER NOT NULL,
  power_avg DOUBLE PRECISION,
  power_min DOUBLE PRECISION,
  power_max DOUBLE PRECISION,
  current_avg_l1 DOUBLE PRECISION,
  current_avg_l2 DOUBLE PRECISION,
  current_avg_l3 DOUBLE PRECISION,
  voltage_avg_l1 DOUBLE PRECISION,
  voltage_avg_l2 DOUBLE PRECISION,
  voltage_avg_l3 DOUBLE PRECISION,
  import_wh_end DOUBLE PRECISION,
  export_wh_end DOUBLE PRECISION,
  import_wh_delta DOUBLE PRECISION,
  export_wh_delta DOUBLE PRECISION,
  PRIMARY KEY (meter_id, resolution, bucket_start)
);
-- per resolution: every bucket that ends at or before rolled_up_to has been rolled up
CREATE TABLE measurement_watermark (
  resolution VARCHAR(16) NOT NULL PRIMARY KEY,
  rolled_up_to BIGINT NOT NULL
);
