package io.agentstudio.logic.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects, for one agent, what became of each field. A source field the translation never mentioned is reported as
 * dropped at the end (see {@link TargetFields#dropTheRest}), so nothing leaves the report unexplained.
 */
public final class FieldReport {
    private final List<FieldOutcome> outcomes = new ArrayList<>();
    private final Set<String> handled = new HashSet<>();
    private final Map<String, String> whyDropped = new HashMap<>();

    public void copied(String field, String detail) {
        add(field, FieldFate.COPIED, detail);
    }

    public void translated(String field, String detail) {
        add(field, FieldFate.TRANSLATED, detail);
    }

    public void added(String field, String detail) {
        add(field, FieldFate.ADDED, detail);
    }

    public void proseOnly(String field, String detail) {
        add(field, FieldFate.PROSE_ONLY, detail);
    }

    public void dropped(String field, String detail) {
        add(field, FieldFate.DROPPED, detail);
    }

    /** Why {@code field} is dropped should the translation not write it, said once for every target (mappings.yaml). */
    void whyDropped(String field, String why) {
        whyDropped.put(field, why);
    }

    Optional<String> whyDropped(String field) {
        return Optional.ofNullable(whyDropped.get(field));
    }

    public boolean isHandled(String field) {
        return handled.contains(field);
    }

    public List<FieldOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private void add(String field, FieldFate fate, String detail) {
        handled.add(field);
        outcomes.add(new FieldOutcome(field, fate, detail));
    }
}
