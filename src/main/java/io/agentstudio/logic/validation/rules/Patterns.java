package io.agentstudio.logic.validation.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The catalogs' regular expressions, compiled once: rules match them on every file. */
final class Patterns {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Patterns() {
    }

    static boolean matches(String regex, CharSequence text) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
    }
}
