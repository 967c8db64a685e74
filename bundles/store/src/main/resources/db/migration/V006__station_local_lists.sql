-- OCPP local authorization lists per station: which list it should hold (card_list_id, NULL: the
-- site's default list of every valid badge), what it holds as far as the gateway knows (the
-- listVersion it accepted last, NULL: nothing of ours; the card list and card-list version that
-- push carried), the last listVersion used for it (never reused), what it last reported through
-- GetLocalListVersion, and the outcome of the last push. A station's rows go with the station.
CREATE TABLE station_local_list (
  station_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES station (id) ON DELETE CASCADE,
  card_list_id BIGINT REFERENCES card_list (id),
  last_version INTEGER NOT NULL,
  held_version INTEGER,
  held_card_list_id BIGINT,
  held_card_list_version INTEGER,
  held_at BIGINT,
  reported_version INTEGER,
  reported_at BIGINT,
  last_result VARCHAR(500) NOT NULL
);
CREATE INDEX station_local_list_card_list ON station_local_list (card_list_id);

-- the entries a station holds (as sent and accepted), so that changes go out as differentials
CREATE TABLE station_local_entry (
  station_id VARCHAR(64) NOT NULL REFERENCES station (id) ON DELETE CASCADE,
  id_tag VARCHAR(36) NOT NULL,
  status VARCHAR(16) NOT NULL,
  expiry_at BIGINT,
  parent_id_tag VARCHAR(36),
  PRIMARY KEY (station_id, id_tag)
);

-- card_list_station recorded which list a station held; it becomes the assigned list
INSERT INTO station_local_list (station_id, card_list_id, last_version, held_card_list_id, last_result)
  SELECT station_id, card_list_id, version, card_list_id, '' FROM card_list_station;
DROP TABLE card_list_station;
