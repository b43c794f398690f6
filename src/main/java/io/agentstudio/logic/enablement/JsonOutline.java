package io.agentstudio.logic.enablement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each value of a JSON text starts and ends, so that an edit can replace a few characters and keep every other
 * one. Reads only text that a strict parser has already accepted ({@link ClaudeSettingsText} checks it with Jackson),
 * so it skips the grammar checks and never fails on its input.
 */
final class JsonOutline {

    /** A value from {@code start} (inclusive) to {@code end} (exclusive) in the text. */
    sealed interface Value permits Container, Scalar {
        int start();

        int end();
    }

    /** An object or an array; {@code children} are its members (objects) or elements (arrays), in text order. */
    record Container(int start, int end, boolean object, List<Child> children) implements Value {
        /** The last member called {@code key}: where a key is written twice, JSON.parse (and so Claude Code) takes the last. */
        Optional<Child> member(String key) {
            Child found = null;
            for (Child child : children) {
                if (key.equals(child.key())) {
                    found = child;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** A string, number, true, false or null; {@code string} is a string's decoded text, else null. */
    record Scalar(int start, int end, String string) implements Value {
    }

    /** A member ({@code key} set, {@code start} at its key's quote) or an element ({@code key} null). */
    record Child(int start, String key, int keyEnd, Value value) {
        int end() {
            return value.end();
        }
    }

    private final String text;
    private int at;

    private JsonOutline(String text, int at) {
        this.text = text;
        this.at = at;
    }

    /** The outline of the value that starts at {@code offset} (whitespace before it is skipped). */
    static Value of(String text, int offset) {
        JsonOutline outline = new JsonOutline(text, offset);
        outline.skipSpace();
        return outline.value();
    }

    private Value value() {
        char c = text.charAt(at);
        if (c == '{' || c == '[') {
            return container(c == '{');
        }
        int start = at;
        if (c == '"') {
            String string = string();
            return new Scalar(start, at, string);
        }
        while (at < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return new Scalar(start, at, null);
    }

    private Container container(boolean object) {
        int start = at;
        char close = object ? '}' : ']';
        at++;
        List<Child> children = new ArrayList<>();
        skipSpace();
        while (text.charAt(at) != close) {
            int childStart = at;
            String key = null;
            int keyEnd = -1;
            if (object) {
                key = string();
                keyEnd = at;
                skipSpace();
                at++; // the colon
                skipSpace();
            }
            children.add(new Child(childStart, key, keyEnd, value()));
            skipSpace();
            if (text.charAt(at) == ',') {
                at++;
                skipSpace();
            }
        }
        at++;
        return new Container(start, at, object, List.copyOf(children));
    }

    /** Reads a string from its opening quote to after its closing one, and decodes its escapes. */
    private String string() {
        StringBuilder decoded = new StringBuilder();
        at++;
        while (text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c != '\\') {
                decoded.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'b' -> decoded.append('\b');
                case 'f' -> decoded.append('\f');
                case 'n' -> decoded.append('\n');
                case 'r' -> decoded.append('\r');
                case 't' -> decoded.append('\t');
                case 'u' -> {
                    decoded.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> decoded.append(escaped); // \" \\ \/
            }
        }
        at++;
        return decoded.toString();
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }
}
