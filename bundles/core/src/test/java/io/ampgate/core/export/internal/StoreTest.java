package io.ampgate.core.export.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test with a fresh {@link ExportFixture} each time. */
abstract class StoreTest {
    ExportFixture f;

    @BeforeEach
    void openStore() throws Exception {
        f = new ExportFixture();
    }

    @AfterEach
    void closeStore() throws Exception {
        f.close();
    }
}
