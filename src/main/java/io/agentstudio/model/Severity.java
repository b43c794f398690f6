package io.agentstudio.model;

/** How bad a problem is; ordered from worst to mildest. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
