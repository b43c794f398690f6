package io.agentstudio.logic.agentfile;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.regex.Pattern;

/**
 * Decides how a string must be written so that every YAML loader in use (YAML 1.1 and 1.2 alike) reads it back as
 * the same string. The rules are the ones behind agents that Claude Code silently skips: a {@code : } or {@code  #}
 * in a plain value, a reserved first character, or text that reads as a number, boolean, null or date.
 */
final class YamlScalars {
    private static final String RESERVED_FIRST = "-?:,[]{}#&*!|>'\"%@`<=~";
    private static final Pattern YAML12_ONLY_NUMBER = Pattern.compile("[-+]?0o[0-7]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern SHORT_BOOLEAN = Pattern.compile("[yYnN]");
    private static final Resolver RESOLVER = new Resolver();

    private YamlScalars() {
    }

    static boolean isPlainSafe(String s) {
        if (s.isEmpty() || !s.strip().equals(s) || RESERVED_FIRST.indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.contains("<example>")
                || s.indexOf('\'') >= 0 || s.indexOf('"') >= 0 || s.contains("\t")) {
            return false;
        }
        if (!allPrintable(s, false) || hasLineBreak(s)) {
            return false;
        }
        return !readsAsNonString(s);
    }

    /** Also excludes the characters that end or split an item inside {@code [a, b]}. */
    static boolean isFlowPlainSafe(String s) {
        return isPlainSafe(s) && s.chars().noneMatch(c -> c == ',' || c == '[' || c == ']' || c == '{' || c == '}');
    }

    static boolean readsAsNonString(String s) {
        return !RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR)
                || YAML12_ONLY_NUMBER.matcher(s).matches() || SHORT_BOOLEAN.matcher(s).matches();
    }

    static boolean hasLineBreak(String s) {
        return s.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029);
    }

    /**
     * Printable in the YAML sense; tabs are allowed only where {@code allowTab} says so. Escaped raw bytes from a
     * file that is not UTF-8 are not printable: only a double-quoted form can hold them.
     */
    static boolean allPrintable(String s, boolean allowTab) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (!allowTab) {
                    return false;
                }
            } else if (c < 0x20 && c != '\n' && c != '\r' || c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85)
                    || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF' || LosslessText.isEscapedByte(s, i)) {
                return false;
            }
        }
        return true;
    }

    static String singleQuoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFEFF' || c == 0x2028 || c == 0x2029
                            || Character.isSurrogate(c) && !isPairPart(s, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean isPairPart(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
