package io.ampgate.store.site;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Settings of the site that are not component configuration (what the console changes at run
 * time: currency, home page options...), as text under a name, with typed getters. Names are 1 to
 * 200 characters; values at most 4000.
 */
@ProviderType
public interface SettingsRepository {

    /**
     * One setting.
     *
     * @param name the name
     * @return the value, or empty if not set
     */
    Optional<String> get(String name);

    /**
     * A text setting.
     *
     * @param name the name
     * @param fallback the value when not set
     * @return the value
     */
    default String getString(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    /**
     * A whole-number setting.
     *
     * @param name the name
     * @param fallback the value when not set
     * @return the value
     * @throws io.ampgate.store.StoreException if the stored value is not a whole number
     */
    long getLong(String name, long fallback);

    /**
     * A decimal setting.
     *
     * @param name the name
     * @param fallback the value when not set
     * @return the value
     * @throws io.ampgate.store.StoreException if the stored value is not a number
     */
    double getDouble(String name, double fallback);

    /**
     * A yes/no setting ({@code true} or {@code false}).
     *
     * @param name the name
     * @param fallback the value when not set
     * @return the value
     * @throws io.ampgate.store.StoreException if the stored value is neither {@code true} nor
     *     {@code false}
     */
    boolean getBoolean(String name, boolean fallback);

    /**
     * Sets a setting, replacing its value.
     *
     * @param name the name
     * @param value the value, not {@code null}
     */
    void set(String name, String value);

    /**
     * Sets a whole-number setting.
     *
     * @param name the name
     * @param value the value
     */
    default void set(String name, long value) {
        set(name, Long.toString(value));
    }

    /**
     * Sets a decimal setting.
     *
     * @param name the name
     * @param value the value, finite
     */
    default void set(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("setting " + name + " must be finite, not " + value);
        }
        set(name, Double.toString(value));
    }

    /**
     * Sets a yes/no setting.
     *
     * @param name the name
     * @param value the value
     */
    default void set(String name, boolean value) {
        set(name, Boolean.toString(value));
    }

    /**
     * Removes a setting.
     *
     * @param name the name
     * @return {@code false} if it was not set
     */
    boolean remove(String name);

    /**
     * The settings whose names start with a prefix, by name.
     *
     * @param prefix the prefix, {@code ""} for all
     * @return name to value
     */
    Map<String, String> withPrefix(String prefix);
}
