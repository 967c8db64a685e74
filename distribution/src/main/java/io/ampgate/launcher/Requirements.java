package io.ampgate.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Namespace;

/**
 * Explains why a bundle cannot resolve: the mandatory requirements that no installed bundle
 * offers a capability for. Pure inspection, no side effect on the framework.
 */
final class Requirements {
    private Requirements() {}

    static List<String> missing(Bundle bundle, BundleContext context) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (BundleRequirement req : revision.getDeclaredRequirements(null)) {
            Map<String, String> directives = req.getDirectives();
            if (Namespace.RESOLUTION_OPTIONAL.equals(directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
                continue;
            }
            String effective = directives.get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
            if (effective != null && !Namespace.EFFECTIVE_RESOLVE.equals(effective)) {
                continue;
            }
            String filter = directives.get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
            if (!satisfiable(req.getNamespace(), filter, context)) {
                missing.add(req.getNamespace() + "; " + (filter == null ? "" : filter));
            }
        }
        return missing;
    }

    private static boolean satisfiable(String namespace, String filterText, BundleContext context) {
        Filter filter;
        try {
            filter = filterText == null ? null : FrameworkUtil.createFilter(filterText);
        } catch (InvalidSyntaxException e) {
            return false;
        }
        for (Bundle other : context.getBundles()) {
            BundleRevision rev = other.adapt(BundleRevision.class);
            if (rev == null) {
                continue;
            }
            for (BundleCapability cap : rev.getDeclaredCapabilities(namespace)) {
                if (filter == null || filter.matches(cap.getAttributes())) {
                    return true;
                }
            }
        }
        return false;
    }

    static String describe(List<String> missing) {
        return missing.isEmpty() ? "a bundle it needs cannot resolve itself"
                : "missing requirement " + String.join(", ", missing);
    }
}
