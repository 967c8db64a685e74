package io.ampgate.ocpp.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Finds numbers a double cannot hold, such as {@code 1e400}, which Jackson reads as infinity. */
final class NumberCheck {

    private NumberCheck() {
    }

    /** The JSON pointer of the first non-finite number in {@code node}, or null. */
    static String firstNonFinite(JsonNode node) {
        return find(node, "");
    }

    private static String find(JsonNode node, String path) {
        if (node.isFloatingPointNumber()) {
            return Double.isFinite(node.doubleValue()) ? null : path.isEmpty() ? "/" : path;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = find(node.get(i), path + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String found = find(field.getValue(), path + "/" + field.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
