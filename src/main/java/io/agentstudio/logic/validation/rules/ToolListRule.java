package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tool lists that say a thing twice: the same entry twice in one list, or a tool both allowed and denied. */
public final class ToolListRule implements FileRule {
    static final RuleInfo DUPLICATE = new RuleInfo("tools-duplicate", Severity.WARNING,
            "A tool list names the same tool twice.",
            "Harmless to the tool, but a sign of a hand-merged list; the second entry may have been meant as another tool.",
            "Remove the repeated entry.");
    static final RuleInfo IN_BOTH = new RuleInfo("tools-in-both-lists", Severity.WARNING,
            "A tool is in both `tools` and `disallowedTools`.",
            "The denylist is applied first, so the tool is removed: the entry in `tools` does nothing and misleads readers.",
            "Remove the tool from `tools` (the agent keeps exactly the tools it has now).");

    @Override
    public List<RuleInfo> rules() {
        return List.of(DUPLICATE, IN_BOTH);
    }

    @Override
    public void check(FileCheck file) {
        List<FrontmatterField> fields = ToolNames.listFields(file);
        for (FrontmatterField field : fields) {
            Set<String> seen = new HashSet<>();
            for (String entry : ToolNames.entries(field)) {
                if (!seen.add(entry)) {
                    int first = file.offsetIn(field, entry);
                    int second = file.text().substring(0, field.endOffset()).indexOf(entry, first + entry.length());
                    file.report(DUPLICATE, second < 0 ? first : second, field.key(), "`" + entry + "` is listed twice in `"
                                    + field.key() + "`. Remove one.",
                            new QuickFix.Edit("Remove the second `" + entry + "`", ToolNames.editList(field.key(),
                                    ToolNames.formOf(file.catalog(), field.key()), list -> withoutSecond(list, entry))));
                }
            }
        }
        Optional<FrontmatterField> allowed = named(fields, "tools");
        Optional<FrontmatterField> denied = named(fields, "disallowedTools");
        if (allowed.isPresent() && denied.isPresent()) {
            Set<String> deniedKeys = new HashSet<>();
            ToolNames.entries(denied.get()).forEach(e -> deniedKeys.add(ToolNames.key(e, file.catalog())));
            List<String> entries = ToolNames.entries(allowed.get());
            for (String entry : entries) {
                if (deniedKeys.contains(ToolNames.key(entry, file.catalog()))) {
                    String message = "`" + entry + "` is in both `tools` and `disallowedTools`; the denylist wins, so the agent"
                            + " does not get it. Remove it from `tools` (or from `disallowedTools` if it should have it).";
                    boolean last = entries.stream().filter(e -> !e.equals(entry)).findAny().isEmpty();
                    QuickFix[] fix = last ? new QuickFix[0] : new QuickFix[] {new QuickFix.Edit("Remove `" + entry + "` from `tools`",
                            ToolNames.editList("tools", ToolNames.formOf(file.catalog(), "tools"), list -> without(list, entry)))};
                    file.report(IN_BOTH, file.offsetIn(allowed.get(), entry), "tools", message, fix);
                }
            }
        }
    }

    /** The first field of that key; a plain loop, as every file asks twice (a stream per ask cost more under C1). */
    private static Optional<FrontmatterField> named(List<FrontmatterField> fields, String key) {
        for (FrontmatterField field : fields) {
            if (field.key().equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static List<String> withoutSecond(List<String> entries, String entry) {
        int first = entries.indexOf(entry);
        int second = entries.subList(first + 1, entries.size()).indexOf(entry);
        if (second >= 0) {
            entries.remove(first + 1 + second);
        }
        return entries;
    }

    private static List<String> without(List<String> entries, String entry) {
        entries.removeIf(entry::equals);
        return entries;
    }
}
