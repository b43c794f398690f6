package io.agentstudio.logic.graph.layout;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The colour an agent's {@code color} field asks for, as {@code #rrggbb}: Claude Code's eight names (in the tones its
 * terminal shows) or an OpenCode hex value. Anything else has no colour.
 */
public final class AgentColours {
    private static final Map<String, String> NAMED = Map.of(
            "red", "#e5484d", "blue", "#3b82f6", "green", "#30a46c", "yellow", "#e2b714",
            "purple", "#8e4ec6", "orange", "#f76b15", "pink", "#d6409f", "cyan", "#05a2c2");
    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    private AgentColours() {
    }

    public static Optional<String> hex(String colour) {
        if (colour == null) {
            return Optional.empty();
        }
        String value = colour.strip().toLowerCase(Locale.ROOT);
        if (NAMED.containsKey(value)) {
            return Optional.of(NAMED.get(value));
        }
        var hex = HEX.matcher(value);
        if (!hex.matches()) {
            return Optional.empty();
        }
        String digits = hex.group(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
        }
        return Optional.of("#" + digits);
    }
}
