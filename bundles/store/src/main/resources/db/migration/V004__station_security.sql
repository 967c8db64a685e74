-- OCPP security per station: the security profile (0 none, 1 HTTP Basic, 2 TLS and Basic, 3 TLS
-- with a client certificate) and the hash of its Basic-auth password (NULL: none set). Never the
-- password itself. A station's row goes with the station.
CREATE TABLE station_security (
  station_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES station (id) ON DELETE CASCADE,
  security_profile INTEGER NOT NULL,
  password_hash VARCHAR(500),
  CONSTRAINT station_security_profile CHECK (security_profile BETWEEN 0 AND 3)
);
