# The platform: always installed from bundles/, never enabled or disabled per site.
# Listed so that a feature can require it and 'plugin list' shows what a site always has.
description = OSGi runtime, logging, shell, HTTP server, storage, OCPP, Modbus, energy management, PDF, Ampgate API and core
bundles = \
  org.apache.felix.scr, org.apache.felix.configadmin, org.apache.felix.metatype, \
  org.apache.felix.eventadmin, org.apache.felix.fileinstall, \
  org.apache.felix.gogo.runtime, org.apache.felix.gogo.shell, org.apache.felix.gogo.command, \
  org.ops4j.pax.logging.pax-logging-api, org.ops4j.pax.logging.pax-logging-log4j2, \
  org.apache.felix.http.servlet-api, org.apache.felix.http.jetty12, \
  org.postgresql.jdbc, com.zaxxer.HikariCP, com.fasterxml.jackson.core.jackson-core, \
  com.fasterxml.jackson.core.jackson-annotations, com.fasterxml.jackson.core.jackson-databind, \
  com.fasterxml.jackson.dataformat.jackson-dataformat-yaml, org.yaml.snakeyaml, \
  com.networknt.json-schema-validator, com.ethlo.time.itu, bcprov, bcutil, bcpkix, \
  org.apache.pdfbox, org.apache.pdfbox.fontbox, org.apache.pdfbox.io, \
  com.ghgande.j2mod, com.fazecast.jSerialComm, \
  io.ampgate.api, io.ampgate.core, io.ampgate.shell, io.ampgate.store, io.ampgate.ocpp, io.ampgate.modbus, io.ampgate.ems
