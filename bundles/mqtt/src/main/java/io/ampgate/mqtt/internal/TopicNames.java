package io.ampgate.mqtt.internal;

/** Topic names below the gateway's base topic. */
final class TopicNames {

    private TopicNames() {}

    /** Refuses a base topic that subscribers could not match exactly. */
    static void checkBase(String base) {
        if (base.isEmpty() || base.startsWith("/") || base.endsWith("/") || base.startsWith("$")
                || base.contains("+") || base.contains("#") || base.contains("\u0000")) {
            throw new IllegalArgumentException("the base topic must be a topic name such as ampgate or site/ampgate "
                    + "(no wildcard, no leading or trailing /, not starting with $): '" + base + "'");
        }
    }

    /** The full topic of one relative to the base. */
    static String full(String base, String relative) {
        if (relative.isEmpty() || relative.startsWith("/")) {
            throw new IllegalArgumentException("not a topic below the base: '" + relative + "'");
        }
        return base + "/" + relative;
    }

    /** The topic relative to the base, or {@code null} if it is not below it. */
    static String relative(String base, String full) {
        return full.startsWith(base + "/") ? full.substring(base.length() + 1) : null;
    }
}
