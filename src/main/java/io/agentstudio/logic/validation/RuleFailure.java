package io.agentstudio.logic.validation;

import io.agentstudio.model.Severity;

/** A rule that threw on a file: the file's other rules still run, and the failure is shown rather than lost. */
final class RuleFailure {
    static final RuleInfo RULE = new RuleInfo("rule-failed", Severity.ERROR,
            "A rule could not check the file (a bug in the studio).",
            "The file was not fully checked; the other rules ran. Please report the message with the file.", null);

    private RuleFailure() {
    }

    static void report(FileCheck file, Object rule, RuntimeException e) {
        file.reportAt(RULE, 0, 0, null, rule.getClass().getSimpleName() + " failed on this file: " + e
                + ". The other rules ran; please report this with the file.");
    }
}
