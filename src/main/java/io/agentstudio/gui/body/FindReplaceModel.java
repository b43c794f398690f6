package io.agentstudio.gui.body;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/** What the find bar looks for and what it replaces it with; literal text, optionally case-sensitive. */
public final class FindReplaceModel {
    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty replacement = new SimpleStringProperty(this, "replacement", "");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(this, "matchCase", false);

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    // Queries

    /** The first match at or after {@code from}, wrapping around to the start. */
    public Optional<TextMatch> next(String text, int from) {
        int found = indexFrom(text, Math.max(0, Math.min(from, text.length())));
        if (found < 0) {
            found = indexFrom(text, 0);
        }
        return toMatch(found);
    }

    /** The last match that ends at or before {@code before}, wrapping around to the end. */
    public Optional<TextMatch> previous(String text, int before) {
        int length = query.get().length();
        int found = lastIndexAtOrBefore(text, Math.min(before, text.length()) - length);
        if (found < 0) {
            found = lastIndexAtOrBefore(text, text.length() - length);
        }
        return toMatch(found);
    }

    /** True when {@code [start, end)} of {@code text} is a match (the selection the user may replace). */
    public boolean matchesAt(String text, int start, int end) {
        String wanted = query.get();
        return !wanted.isEmpty() && end - start == wanted.length() && text.regionMatches(!matchCase.get(), start, wanted, 0, wanted.length());
    }

    public int count(String text) {
        int count = 0;
        for (int at = indexFrom(text, 0); at >= 0; at = indexFrom(text, at + query.get().length())) {
            count++;
        }
        return count;
    }

    /** {@code text} with every match replaced, scanning left to right without re-matching replaced text. */
    public String replaceAll(String text) {
        StringBuilder result = new StringBuilder(text.length());
        int copied = 0;
        for (int at = indexFrom(text, 0); at >= 0; at = indexFrom(text, copied)) {
            result.append(text, copied, at).append(replacement.get());
            copied = at + query.get().length();
        }
        return result.append(text, copied, text.length()).toString();
    }

    private Optional<TextMatch> toMatch(int start) {
        return start < 0 ? Optional.empty() : Optional.of(new TextMatch(start, start + query.get().length()));
    }

    private int indexFrom(String text, int from) {
        String wanted = query.get();
        if (wanted.isEmpty()) {
            return -1;
        }
        for (int i = from; i <= text.length() - wanted.length(); i++) {
            if (text.regionMatches(!matchCase.get(), i, wanted, 0, wanted.length())) {
                return i;
            }
        }
        return -1;
    }

    private int lastIndexAtOrBefore(String text, int from) {
        String wanted = query.get();
        if (wanted.isEmpty()) {
            return -1;
        }
        for (int i = Math.min(from, text.length() - wanted.length()); i >= 0; i--) {
            if (text.regionMatches(!matchCase.get(), i, wanted, 0, wanted.length())) {
                return i;
            }
        }
        return -1;
    }
}
