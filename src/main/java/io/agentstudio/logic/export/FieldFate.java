package io.agentstudio.logic.export;

/** What an export did with one field of an agent. */
public enum FieldFate {
    /** Written to the target as it was. */
    COPIED("copied"),
    /** Written in the target's own form (another key, tool names, a model id). */
    TRANSLATED("translated"),
    /** Not in the source; the target needs it or it expresses something the source says another way. */
    ADDED("added"),
    /** The target has no field for it; the agent's prose still says it. */
    PROSE_ONLY("kept in prose only"),
    /** Not written: the target has nothing that means the same. */
    DROPPED("dropped");

    private final String label;

    FieldFate(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
