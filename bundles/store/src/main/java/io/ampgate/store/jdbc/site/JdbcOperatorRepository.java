package io.ampgate.store.jdbc.site;

import io.ampgate.store.db.Database;
import io.ampgate.store.site.Operator;
import io.ampgate.store.site.OperatorRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Console accounts in the {@code operator_account} table; {@code email_key} is the email in lower case. */
@Component(service = OperatorRepository.class)
public final class JdbcOperatorRepository implements OperatorRepository {
    private static final String SELECT = "SELECT id, name, email, password_hash, role, enabled, last_login FROM operator_account";

    private final Database db;

    @Activate
    public JdbcOperatorRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Operator save(Operator o) {
        Sql.notNull(o, "operator");
        return Sql.tx(db, "saving operator " + o.name(), c -> {
            checkUnique(c, o);
            Object[] values = {o.name(), o.email(), emailKey(o.email()), o.passwordHash(), o.role(), o.enabled(),
                Sql.instant(o.lastLogin())};
            if (o.id() == 0) {
                return o.withId(Sql.insert(c, "INSERT INTO operator_account (name, email, email_key, password_hash, role,"
                        + " enabled, last_login) VALUES (?, ?, ?, ?, ?, ?, ?)", values));
            }
            Object[] withId = java.util.Arrays.copyOf(values, values.length + 1);
            withId[values.length] = o.id();
            if (Sql.update(c, "UPDATE operator_account SET name = ?, email = ?, email_key = ?, password_hash = ?, role = ?,"
                    + " enabled = ?, last_login = ? WHERE id = ?", withId) == 0) {
                throw new IllegalArgumentException("there is no operator with id " + o.id());
            }
            return o;
        });
    }

    private static void checkUnique(Connection c, Operator o) throws SQLException {
        Optional<Long> byName = Sql.one(c, "SELECT id FROM operator_account WHERE name = ?", rs -> rs.getLong(1), o.name());
        if (byName.isPresent() && byName.get() != o.id()) {
            throw new IllegalArgumentException("operator name '" + o.name() + "' is already used");
        }
        Optional<Long> byEmail = Sql.one(c, "SELECT id FROM operator_account WHERE email_key = ?", rs -> rs.getLong(1),
                emailKey(o.email()));
        if (byEmail.isPresent() && byEmail.get() != o.id()) {
            throw new IllegalArgumentException("operator email '" + o.email() + "' is already used");
        }
    }

    private static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Operator> find(long id) {
        return Sql.run(db, "reading operator " + id, c -> Sql.one(c, SELECT + " WHERE id = ?", JdbcOperatorRepository::operator, id));
    }

    @Override
    public Optional<Operator> findByName(String name) {
        Sql.notNull(name, "name");
        return Sql.run(db, "reading operator " + name,
                c -> Sql.one(c, SELECT + " WHERE name = ?", JdbcOperatorRepository::operator, name));
    }

    @Override
    public Optional<Operator> findByEmail(String email) {
        Sql.notNull(email, "email");
        return Sql.run(db, "reading operator " + email,
                c -> Sql.one(c, SELECT + " WHERE email_key = ?", JdbcOperatorRepository::operator, emailKey(email)));
    }

    @Override
    public List<Operator> list() {
        return Sql.run(db, "listing operators", c -> Sql.list(c, SELECT + " ORDER BY name", JdbcOperatorRepository::operator));
    }

    @Override
    public boolean recordLogin(long id, Instant at) {
        Sql.notNull(at, "at");
        return Sql.run(db, "recording the login of operator " + id,
                c -> Sql.update(c, "UPDATE operator_account SET last_login = ? WHERE id = ?", at.toEpochMilli(), id) > 0);
    }

    @Override
    public boolean delete(long id) {
        return Sql.tx(db, "deleting operator " + id, c -> Sql.update(c, "DELETE FROM operator_account WHERE id = ?", id) > 0);
    }

    private static Operator operator(ResultSet rs) throws SQLException {
        return new Operator(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("password_hash"),
                Sql.enumOf(Operator.Role.class, rs, "role"), rs.getBoolean("enabled"), Sql.instant(rs, "last_login"));
    }
}
