package io.ampgate.store.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcChargeUserRepository;
import io.ampgate.store.jdbc.site.JdbcOperatorRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Charge users and console operators. */
class PeopleRepositoryTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void chargeUsersComeBackWithEveryFieldAndInNameOrder(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            ChargeUserRepository users = new JdbcChargeUserRepository(db);
            ChargeUser mario = users.save(new ChargeUser(0, "Mario", "Rossi", "RSSMRA80A01F205X", "mario@example.com",
                    "+39 333 1234567", "pays by invoice"));
            ChargeUser anna = users.save(new ChargeUser(0, "Anna", "Bianchi", null, null, null, null));

            assertThat(mario.id()).isPositive();
            assertThat(users.find(mario.id())).contains(mario);
            assertThat(users.find(anna.id()).orElseThrow().taxCode()).isEmpty();
            assertThat(users.list()).containsExactly(anna, mario);

            ChargeUser married = new ChargeUser(anna.id(), "Anna", "Verdi", "VRDNNA", "anna@example.com", "1", "");
            assertThat(users.save(married)).isEqualTo(married);
            assertThat(users.find(anna.id())).contains(married);
            assertThatThrownBy(() -> users.save(married.withId(987_654))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("there is no charge user with id 987654");
            assertThat(users.delete(mario.id())).isTrue();
            assertThat(users.delete(mario.id())).isFalse();
            assertThat(users.list()).containsExactly(married);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void operatorsComeBackWithEveryFieldAndNamesAndEmailsAreUnique(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            OperatorRepository operators = new JdbcOperatorRepository(db);
            Instant login = Instant.parse("2026-02-02T08:00:00.250Z");
            Operator admin = operators.save(new Operator(0, "admin", "Admin@Example.com", "$argon2id$v=19$m=65536$abc",
                    Operator.Role.ADMINISTRATOR, true, login));
            Operator viewer = operators.save(new Operator(0, "guard", "guard@example.com", "hash", Operator.Role.VIEWER,
                    false, null));

            assertThat(operators.find(admin.id())).contains(admin);
            assertThat(operators.findByName("admin")).contains(admin);
            assertThat(operators.findByName("ADMIN")).as("login names are exact").isEmpty();
            assertThat(operators.findByEmail("admin@EXAMPLE.com")).contains(admin);
            assertThat(operators.list()).containsExactly(admin, viewer);

            assertThatThrownBy(() -> operators.save(new Operator(0, "admin", "x@example.com", "h", Operator.Role.OPERATOR, true, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("operator name 'admin' is already used");
            assertThatThrownBy(() -> operators.save(new Operator(0, "other", "ADMIN@example.COM", "h", Operator.Role.OPERATOR, true, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("operator email 'ADMIN@example.COM' is already used");
            assertThatThrownBy(() -> operators.save(new Operator(viewer.id(), "admin", "guard@example.com", "h",
                    Operator.Role.VIEWER, true, null))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("operator name 'admin' is already used");

            Operator promoted = new Operator(viewer.id(), "guard", "Guard@example.com", "new-hash", Operator.Role.INSTALLER,
                    true, null);
            assertThat(operators.save(promoted)).isEqualTo(promoted);
            assertThat(operators.recordLogin(viewer.id(), login.plusSeconds(1))).isTrue();
            assertThat(operators.find(viewer.id()).orElseThrow().lastLogin()).isEqualTo(login.plusSeconds(1));
            assertThat(operators.recordLogin(999_999, login)).isFalse();
            assertThat(operators.delete(admin.id())).isTrue();
            assertThat(operators.findByEmail("admin@example.com")).isEmpty();
            assertThat(operators.save(new Operator(0, "admin", "admin@example.com", "h", Operator.Role.ADMINISTRATOR, true, null))
                    .id()).as("a freed name and email can be used again").isPositive();
        }
    }

    @Test
    void invalidPeopleAreRefusedWithTheReason() {
        record Case(Runnable build, String message) {}
        List<Case> cases = List.of(
                new Case(() -> new ChargeUser(0, " ", "Rossi", "", "", "", ""), "name is required"),
                new Case(() -> new ChargeUser(0, "Mario", null, "", "", "", ""), "surname is required"),
                new Case(() -> new ChargeUser(-1, "Mario", "Rossi", "", "", "", ""), "id must be >= 0"),
                new Case(() -> new ChargeUser(0, "Mario", "Rossi", "X".repeat(33), "", "", ""), "taxCode is longer than 32"),
                new Case(() -> new Operator(0, "a", "", "h", Operator.Role.VIEWER, true, null), "email is required"),
                new Case(() -> new Operator(0, "a", "a@b", null, Operator.Role.VIEWER, true, null), "passwordHash is required"),
                new Case(() -> new Operator(0, "a", "a@b", "h", null, true, null), "role is required"));
        for (Case c : cases) {
            assertThatThrownBy(c.build::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.message);
        }
    }
}
