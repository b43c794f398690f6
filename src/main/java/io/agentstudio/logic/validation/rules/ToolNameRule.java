package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.Suggestions;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Optional;

/**
 * Entries of the tool lists that name no tool of the dialect (MCP names such as {@code mcp__server__tool} are real
 * tools), and an allowlist in which no entry is a real tool, which Claude Code refuses to launch.
 */
public final class ToolNameRule implements FileRule {
    static final RuleInfo UNKNOWN = new RuleInfo("tools-unknown", Severity.WARNING,
            "A tool list names a tool the dialect does not have.",
            "The tool ignores an entry it does not know: a typo such as `WriteFile` silently leaves the agent without the"
                    + " tool it was meant to have.",
            "Replace the entry with the closest real tool name.");
    static final RuleInfo NONE_RESOLVE = new RuleInfo("tools-none-resolve", Severity.ERROR,
            "`tools` is present but none of its entries is a real tool.",
            "Claude Code refuses to launch an agent whose allowlist resolves to no tool at all.", null);

    static final RuleInfo NEVER_IN_SUBAGENT = new RuleInfo("tools-never-in-subagent", Severity.WARNING,
            "A tool list names a tool the tool never gives a subagent (such as `AskUserQuestion`).",
            "Claude Code removes these tools from every subagent, whatever its allowlist says: the entry does nothing, and an"
                    + " allowlist of nothing else leaves the agent without tools, so it will not launch.", "Remove the entry.");

    @Override
    public List<RuleInfo> rules() {
        return List.of(UNKNOWN, NEVER_IN_SUBAGENT, NONE_RESOLVE);
    }

    @Override
    public void check(FileCheck file) {
        String tool = file.catalog().dialect().displayName();
        for (FrontmatterField field : ToolNames.listFields(file)) {
            List<String> entries = ToolNames.entries(field);
            boolean anyKnown = false;
            for (String entry : entries) {
                boolean known = ToolNames.isKnown(entry, file.catalog());
                if (known && field.key().equals("tools") && neverInSubagent(file, entry)) {
                    file.report(NEVER_IN_SUBAGENT, file.offsetIn(field, entry), field.key(), tool + " never gives `" + entry
                            + "` to a subagent; the entry does nothing.", new QuickFix.Edit("Remove `" + entry + "`",
                            ToolNames.editList(field.key(), ToolNames.formOf(file.catalog(), field.key()), list -> without(list, entry))));
                    continue;
                }
                if (known) {
                    anyKnown = true;
                    continue;
                }
                Optional<String> suggestion = Suggestions.closest(ToolNames.base(entry), file.catalog().tools());
                String message = "`" + entry + "` is not a " + tool + " tool; "
                        + (file.toolRefuses(UNKNOWN) ? tool + " refuses an agent that names it." : "the entry does nothing.")
                        + suggestion.map(s -> " Did you mean `" + s + "`?").orElse(" Check the spelling, or use an MCP tool's full name.");
                QuickFix[] fixes = suggestion.map(s -> new QuickFix[] {new QuickFix.Edit("Replace `" + entry + "` with `" + s + "`",
                        ToolNames.editList(field.key(), ToolNames.formOf(file.catalog(), field.key()), list -> replace(list, entry, s)))})
                        .orElse(new QuickFix[0]);
                file.report(UNKNOWN, file.offsetIn(field, entry), field.key(), message, fixes);
            }
            if (!anyKnown && field.key().equals("tools") && file.catalog().toolsMustResolve()) {
                file.reportOn(NONE_RESOLVE, field, "No entry of `tools` is a tool a subagent can have, so " + tool
                        + " will not launch this agent."
                        + " List the tools it needs, or remove `tools` to give it every tool.");
            }
        }
    }

    /** ExitPlanMode is the one such tool a subagent keeps, in plan mode. */
    private static boolean neverInSubagent(FileCheck file, String entry) {
        String base = ToolNames.base(entry);
        boolean planMode = file.document().string("permissionMode").filter("plan"::equals).isPresent();
        return file.catalog().subagentNever().contains(base) && !(base.equals("ExitPlanMode") && planMode);
    }

    private static List<String> without(List<String> entries, String entry) {
        entries.remove(entry);
        return entries;
    }

    private static List<String> replace(List<String> entries, String entry, String replacement) {
        int at = entries.indexOf(entry);
        if (at >= 0) {
            entries.set(at, replacement);
        }
        return entries;
    }
}
