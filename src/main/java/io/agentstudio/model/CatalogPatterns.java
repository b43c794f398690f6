package io.agentstudio.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The catalogs' regular expressions, compiled once: rules match them on every file. */
public final class CatalogPatterns {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private CatalogPatterns() {
    }

    public static boolean matches(String regex, CharSequence text) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
    }
}
