package io.ampgate.core.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcCardListRepository;
import io.ampgate.store.site.Badge;
import io.ampgate.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class CardListCommandTest {

    @Test
    void aListIsCreatedEditedShownAndDeletedByName() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            JdbcBadgeRepository badges = new JdbcBadgeRepository(db);
            badges.save(Badge.of("ADA", "Ada"));
            badges.save(Badge.of("BOB", "Bob"));
            CardListCommand command = new CardListCommand(new JdbcCardListRepository(db), badges);

            assertThat(command.cardlists()).isEqualTo("no card lists");
            assertThat(command.cardlist("create", "Staff", "ada")).isEqualTo("Staff v1: 1 badges");
            assertThat(command.cardlist("add", "Staff", "BOB,ADA")).isEqualTo("Staff v2: 2 badges");
            assertThat(command.cardlist("remove", "Staff", "ADA")).isEqualTo("Staff v3: 1 badges");
            assertThat(command.cardlist("show", "Staff")).isEqualTo("Staff v3: BOB");
            assertThat(command.cardlists()).contains("Staff").contains("3");
            assertThatThrownBy(() -> command.cardlist("add", "Staff", "EVE")).hasMessage("there is no badge EVE");
            assertThatThrownBy(() -> command.cardlist("show", "Guests")).hasMessage("there is no card list named 'Guests'");
            assertThat(command.cardlist("delete", "Staff")).isEqualTo("Staff deleted");
        }
    }
}
