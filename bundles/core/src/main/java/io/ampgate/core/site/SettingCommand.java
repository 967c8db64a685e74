package io.ampgate.core.site;

import io.ampgate.store.site.SettingsRepository;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ampgate:setting}: lists the site settings with their values, and changes one after
 * checking it ({@code ampgate:setting auth.oneSessionPerBadge true}). An empty value goes back to
 * the default.
 */
@Component(service = SettingCommand.class, property = {
        "osgi.command.scope=ampgate",
        "osgi.command.function=setting"})
public final class SettingCommand {
    private final SettingsRepository settings;

    @Activate
    public SettingCommand(@Reference SettingsRepository settings) {
        this.settings = settings;
    }

    public String setting() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-26s %-16s %s%n", "SETTING", "VALUE", "MEANING"));
        for (SiteSetting s : SiteSetting.ALL) {
            String value = settings.get(s.name()).orElse(null);
            out.append(String.format(Locale.ROOT, "%-26s %-16s %s%n", s.name(),
                    value == null ? (s.fallback().isEmpty() ? "(default)" : s.fallback() + " (default)") : value,
                    s.meaning()));
        }
        return out.toString().stripTrailing();
    }

    public String setting(String name) {
        SiteSetting s = known(name);
        return s.name() + " = " + settings.get(s.name()).orElse(s.fallback() + " (default)");
    }

    public String setting(String name, String value) {
        SiteSetting s = known(name);
        if (value.isEmpty()) {
            settings.remove(s.name());
            return s.name() + " is back to its default" + (s.fallback().isEmpty() ? "" : ": " + s.fallback());
        }
        String stored;
        try {
            stored = s.check().apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(s.name() + ": " + e.getMessage(), e);
        }
        settings.set(s.name(), stored);
        return s.name() + " = " + stored + " (in effect within 10 s)";
    }

    private static SiteSetting known(String name) {
        return SiteSetting.named(name).orElseThrow(() -> new IllegalArgumentException("there is no site setting '"
                + name + "'; the settings are: " + String.join(", ", SiteSetting.ALL.stream().map(SiteSetting::name).toList())));
    }
}
