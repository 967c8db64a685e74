package io.ampgate.store.site;

import java.util.HashSet;
import java.util.List;

/**
 * A named group of connectors on the console's home page, shown as one section.
 *
 * @param name the name, required, at most 100 characters
 * @param connectors its connectors, in display order, each once
 */
public record SocketGroup(String name, List<ConnectorRef> connectors) {

    /** Checks the fields. */
    public SocketGroup {
        name = Check.required(name, "group name", 100);
        connectors = Check.list(connectors, "connectors");
        if (new HashSet<>(connectors).size() != connectors.size()) {
            throw new IllegalArgumentException("group " + name + " lists a connector twice");
        }
    }
}
