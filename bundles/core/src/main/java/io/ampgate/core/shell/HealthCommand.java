package io.ampgate.core.shell;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * {@code ampgate:health}: is every bundle active and every component satisfied? Prints the
 * problems and fails (non-zero exit through {@code bin/ampgate exec}) when there is any.
 */
@Component(service = HealthCommand.class, property = {
        "osgi.command.scope=ampgate",
        "osgi.command.function=health"})
public final class HealthCommand {
    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Activate
    public HealthCommand(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    public String health() {
        List<String> problems = problems(context.getBundles(), scr);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
        return "OK: " + context.getBundles().length + " bundles active, "
                + scr.getComponentDescriptionDTOs().size() + " components satisfied";
    }

    static List<String> problems(Bundle[] bundles, ServiceComponentRuntime scr) {
        List<String> problems = new ArrayList<>();
        for (Bundle b : bundles) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            boolean up = b.getState() == Bundle.ACTIVE || (fragment && b.getState() == Bundle.RESOLVED);
            if (!up) {
                problems.add("bundle " + b.getSymbolicName() + " " + b.getVersion() + " is " + stateName(b.getState()));
            }
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (!scr.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO config : scr.getComponentConfigurationDTOs(description)) {
                if (config.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || config.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                        || config.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    problems.add("component " + description.name + " is " + componentState(config));
                }
            }
        }
        return problems;
    }

    private static String componentState(ComponentConfigurationDTO config) {
        return switch (config.state) {
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "missing a service: "
                    + java.util.Arrays.stream(config.unsatisfiedReferences).map(r -> r.name + " (" + r.target + ")").toList();
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "waiting for its configuration";
            default -> "failed to activate: " + rootCause(config.failure);
        };
    }

    /** SCR gives the failure as a stack trace; the reader needs its innermost cause. */
    static String rootCause(String failure) {
        if (failure == null || failure.isBlank()) {
            return "(no reason given)";
        }
        String cause = failure.lines().findFirst().orElse(failure);
        for (String line : failure.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return cause.trim();
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED (cannot resolve)";
            case Bundle.RESOLVED -> "RESOLVED (not started)";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
