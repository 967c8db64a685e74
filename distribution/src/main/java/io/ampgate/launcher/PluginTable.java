package io.ampgate.launcher;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The text of {@code plugin list}: plugins with their state, then the features. */
final class PluginTable {
    private PluginTable() {}

    static String render(PluginCatalog catalog, Function<PluginCatalog.Plugin, String> state) throws IOException {
        List<PluginCatalog.Plugin> plugins = catalog.plugins();
        int width = Math.max(6, plugins.stream().mapToInt(p -> p.name().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-" + width + "s  %-14s  %s%n", "PLUGIN", "VERSION", "STATE"));
        for (PluginCatalog.Plugin p : plugins) {
            out.append(String.format("%-" + width + "s  %-14s  %s%n", p.name(), p.version(), state.apply(p)));
        }
        Map<String, PluginCatalog.Feature> features = catalog.features();
        if (!features.isEmpty()) {
            out.append(System.lineSeparator()).append("FEATURES").append(System.lineSeparator());
            features.values().forEach(f -> out.append(String.format("%-" + width + "s  %s%n", f.name(), f.description())));
        }
        return out.toString().stripTrailing();
    }
}
