package io.ampgate.store.jdbc.site;

import io.ampgate.store.db.Database;
import io.ampgate.store.site.ChargeUser;
import io.ampgate.store.site.ChargeUserRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Charge users in the {@code charge_user} table. */
@Component(service = ChargeUserRepository.class)
public final class JdbcChargeUserRepository implements ChargeUserRepository {
    private static final String SELECT = "SELECT id, name, surname, tax_code, email, phone, note FROM charge_user";

    private final Database db;

    @Activate
    public JdbcChargeUserRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public ChargeUser save(ChargeUser u) {
        Sql.notNull(u, "charge user");
        return Sql.tx(db, "saving charge user " + u.name() + " " + u.surname(), c -> {
            if (u.id() == 0) {
                return u.withId(Sql.insert(c, "INSERT INTO charge_user (name, surname, tax_code, email, phone, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", u.name(), u.surname(), u.taxCode(), u.email(), u.phone(), u.note()));
            }
            if (Sql.update(c, "UPDATE charge_user SET name = ?, surname = ?, tax_code = ?, email = ?, phone = ?, note = ?"
                    + " WHERE id = ?", u.name(), u.surname(), u.taxCode(), u.email(), u.phone(), u.note(), u.id()) == 0) {
                throw new IllegalArgumentException("there is no charge user with id " + u.id());
            }
            return u;
        });
    }

    @Override
    public Optional<ChargeUser> find(long id) {
        return Sql.run(db, "reading charge user " + id, c -> Sql.one(c, SELECT + " WHERE id = ?", JdbcChargeUserRepository::user, id));
    }

    @Override
    public List<ChargeUser> list() {
        return Sql.run(db, "listing charge users",
                c -> Sql.list(c, SELECT + " ORDER BY surname, name, id", JdbcChargeUserRepository::user));
    }

    @Override
    public boolean delete(long id) {
        return Sql.tx(db, "deleting charge user " + id, c -> Sql.update(c, "DELETE FROM charge_user WHERE id = ?", id) > 0);
    }

    private static ChargeUser user(ResultSet rs) throws SQLException {
        return new ChargeUser(rs.getLong("id"), rs.getString("name"), rs.getString("surname"), rs.getString("tax_code"),
                rs.getString("email"), rs.getString("phone"), rs.getString("note"));
    }
}
