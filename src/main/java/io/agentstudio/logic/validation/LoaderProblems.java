package io.agentstudio.logic.validation;

import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The problems of files the loader could not load at all, as rules of the catalog: listed, configurable and reported
 * like the others. The loader finds them; this class only gives them their catalog entries.
 */
public final class LoaderProblems {
    public static final RuleInfo TOO_LARGE = new RuleInfo(WorkspaceLoader.TOO_LARGE_RULE, Severity.ERROR,
            "The file is larger than 5 MB.",
            "No agent prompt is that long; the studio does not open such a file, so a stray dump cannot stall it.", null);
    public static final RuleInfo BINARY = new RuleInfo(WorkspaceLoader.BINARY_RULE, Severity.ERROR,
            "The file holds binary data (NUL bytes) rather than text.",
            "An agent file is Markdown text; a binary file in an agents folder is left alone and cannot be an agent.", null);
    public static final RuleInfo UNREADABLE = new RuleInfo(WorkspaceScanner.UNREADABLE_RULE, Severity.ERROR,
            "A file or folder cannot be read (permissions, a broken link).",
            "Its agents are missing from the workspace and from every check.", null);
    public static final RuleInfo NOT_REGULAR = new RuleInfo(WorkspaceScanner.NOT_REGULAR_RULE, Severity.WARNING,
            "A file named like an agent is not a regular file (a named pipe, socket or device).",
            "The studio never opens such a file (reading a named pipe waits for a writer, for ever if none comes), so it"
                    + " is skipped; no tool loads it as an agent either.", null);
    public static final RuleInfo SYMLINK_LOOP = new RuleInfo(WorkspaceScanner.LOOP_RULE, Severity.WARNING,
            "A symbolic link points back into a folder that contains it.",
            "The studio does not follow it, so nothing behind it is loaded twice or forever.", null);

    public static final RuleInfo LINKED_OUTSIDE = new RuleInfo(WorkspaceScanner.LINKED_OUTSIDE_RULE, Severity.INFO,
            "An agent file is a symbolic link to a place outside the workspace.",
            "The studio writes only inside the workspace it opened, so it shows and checks this agent but does not save"
                    + " it; it is edited where it lives.", null);

    private static final List<RuleInfo> RULES = List.of(TOO_LARGE, BINARY, UNREADABLE, NOT_REGULAR, SYMLINK_LOOP, LINKED_OUTSIDE);

    private LoaderProblems() {
    }

    public static List<RuleInfo> rules() {
        return RULES;
    }

    /** The loader's problems with the workspace's severities; turned-off rules are dropped. */
    static List<Finding> findings(List<Problem> problems, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Problem problem : problems) {
            Optional<RuleInfo> rule = RULES.stream().filter(r -> r.id().equals(problem.ruleId())).findFirst();
            Optional<Severity> severity = rule.isPresent() ? settings.severityOf(rule.get()) : Optional.of(problem.severity());
            severity.ifPresent(s -> findings.add(new Finding(new Problem(problem.ruleId(), s, problem.message(), problem.file(),
                    problem.line(), problem.column(), problem.field()), List.of())));
        }
        return findings;
    }
}
