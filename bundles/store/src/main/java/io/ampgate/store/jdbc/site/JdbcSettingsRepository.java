package io.ampgate.store.jdbc.site;

import io.ampgate.store.StoreException;
import io.ampgate.store.db.Database;
import io.ampgate.store.site.SettingsRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Settings in the {@code setting} table, as text. */
@Component(service = SettingsRepository.class)
public final class JdbcSettingsRepository implements SettingsRepository {
    private final Database db;

    @Activate
    public JdbcSettingsRepository(@Reference Database db) {
        this.db = db;
    }

    private static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("setting name is required");
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("setting name is longer than 200 characters");
        }
        return name;
    }

    @Override
    public Optional<String> get(String name) {
        checkName(name);
        return Sql.run(db, "reading setting " + name,
                c -> Sql.one(c, "SELECT text_value FROM setting WHERE name = ?", rs -> rs.getString(1), name));
    }

    @Override
    public long getLong(String name, long fallback) {
        Optional<String> value = get(name);
        try {
            return value.isEmpty() ? fallback : Long.parseLong(value.get().trim());
        } catch (NumberFormatException e) {
            throw new StoreException("setting " + name + " is '" + value.get() + "', not a whole number", e);
        }
    }

    @Override
    public double getDouble(String name, double fallback) {
        Optional<String> value = get(name);
        try {
            return value.isEmpty() ? fallback : Double.parseDouble(value.get().trim());
        } catch (NumberFormatException e) {
            throw new StoreException("setting " + name + " is '" + value.get() + "', not a number", e);
        }
    }

    @Override
    public boolean getBoolean(String name, boolean fallback) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new StoreException("setting " + name + " is '" + value.get() + "', neither true nor false");
        };
    }

    @Override
    public void set(String name, String value) {
        checkName(name);
        if (value == null) {
            throw new IllegalArgumentException("setting " + name + ": value is required (remove the setting instead)");
        }
        if (value.length() > 4000) {
            throw new IllegalArgumentException("setting " + name + ": value is longer than 4000 characters");
        }
        Sql.tx(db, "saving setting " + name, c -> {
            if (Sql.update(c, "UPDATE setting SET text_value = ? WHERE name = ?", value, name) == 0) {
                Sql.update(c, "INSERT INTO setting (name, text_value) VALUES (?, ?)", name, value);
            }
            return null;
        });
    }

    @Override
    public boolean remove(String name) {
        checkName(name);
        return Sql.run(db, "removing setting " + name, c -> Sql.update(c, "DELETE FROM setting WHERE name = ?", name) > 0);
    }

    @Override
    public Map<String, String> withPrefix(String prefix) {
        Sql.notNull(prefix, "prefix");
        Map<String, String> result = new LinkedHashMap<>();
        Sql.run(db, "listing settings", c -> {
            for (String[] row : Sql.list(c, "SELECT name, text_value FROM setting ORDER BY name",
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                if (row[0].startsWith(prefix)) {
                    result.put(row[0], row[1]);
                }
            }
            return null;
        });
        return result;
    }
}
