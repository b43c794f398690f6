package io.agentstudio.logic.validation.rules;

import io.agentstudio.model.CatalogPatterns;
import io.agentstudio.model.DialectCatalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns free text ("Python DevOps/CI-CD Expert", a file name) into a name the dialect accepts. */
final class Slug {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slug() {
    }

    /**
     * Lowercase ASCII letters and digits joined by single hyphens (underscores kept where the dialect's name pattern
     * allows them); empty when nothing of the text survives.
     */
    static String of(String text, DialectCatalog catalog) {
        String withUnderscores = slug(text, true);
        if (catalog.namePattern() != null && CatalogPatterns.matches(catalog.namePattern(), withUnderscores)) {
            return withUnderscores;
        }
        return slug(text, false);
    }

    private static String slug(String text, boolean keepUnderscores) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        String separators = keepUnderscores ? "[^a-z0-9_]+" : "[^a-z0-9]+";
        return ascii.replaceAll(separators, "-").replaceAll("^[-_]+|[-_]+$", "").replaceAll("-?_-?", "_");
    }
}
