package io.agentstudio.logic.validation;

import io.agentstudio.model.Severity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule of the catalog as users see it: in {@code validate --list-rules}, in docs/rules.md, in SARIF and in
 * {@code .agent-studio/rules.yaml}.
 *
 * @param id        stable kebab-case id; never reused for another check
 * @param severity  the default severity (a workspace may change it)
 * @param summary   what it checks, one sentence
 * @param rationale why it matters: what the tool does with such a file
 * @param fix       what the quick fix does, or null when there is none
 */
public record RuleInfo(String id, Severity severity, String summary, String rationale, String fix) {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleInfo {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rationale, "rationale");
        if (id == null || !KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("A rule id is kebab-case: " + id);
        }
    }

    public boolean hasFix() {
        return fix != null;
    }
}
