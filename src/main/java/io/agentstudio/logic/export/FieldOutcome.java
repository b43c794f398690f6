package io.agentstudio.logic.export;

import java.util.Objects;

/**
 * One line of the export report: a field of the source agent (or one the export added), what became of it, and why.
 *
 * @param field  the source key (or the target key for an added field; {@code delegations} for the agents it hands
 *               work to)
 * @param fate   what the export did
 * @param detail the value written or the reason, for a person to read
 */
public record FieldOutcome(String field, FieldFate fate, String detail) {

    public FieldOutcome {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fate, "fate");
        detail = detail == null ? "" : detail;
    }
}
