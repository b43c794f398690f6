package io.agentstudio.logic.agentfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a list of names (tools, skills) from any of the forms real files use: a comma string
 * ({@code Read, Grep, Agent(a, b)}, where commas inside parentheses do not split), a YAML list, or a single value.
 */
public final class NameList {
    private NameList() {
    }

    public static List<String> from(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            List<String> names = new ArrayList<>();
            for (Object item : items) {
                if (item != null && !String.valueOf(item).isBlank()) {
                    names.add(String.valueOf(item).strip());
                }
            }
            return names;
        }
        return splitCommas(String.valueOf(value));
    }

    public static List<String> splitCommas(String text) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                addIfPresent(names, text.substring(start, i));
                start = i + 1;
            }
        }
        addIfPresent(names, text.substring(start));
        return names;
    }

    private static void addIfPresent(List<String> names, String part) {
        String name = part.strip();
        if (!name.isEmpty()) {
            names.add(name);
        }
    }
}
