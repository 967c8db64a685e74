package io.ampgate.core.event;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.event.JdbcEventRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test with a fresh Derby store and its event list each time. */
abstract class EventStoreTest {
    PooledDatabase db;
    JdbcEventRepository events;

    @BeforeEach
    void openStore() throws SQLException {
        db = TestDatabases.open(Dialect.DERBY);
        events = new JdbcEventRepository(db);
    }

    @AfterEach
    void closeStore() {
        db.close();
    }
}
