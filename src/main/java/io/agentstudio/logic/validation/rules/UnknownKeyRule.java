package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.Suggestions;
import io.agentstudio.logic.validation.TextEdits;
import io.agentstudio.logic.loaders.LoaderVerdict;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keys the dialect does not read. Most are deliberate (a version, tags for a catalog site) and only information; a
 * near miss ({@code Tools}, {@code desc}, {@code allowed-tools}, {@code permission_mode}) silently does nothing,
 * so the message names the field meant and the fix renames the key.
 */
public final class UnknownKeyRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("key-unknown", Severity.INFO,
            "The frontmatter has a key the tool does not read.",
            "Claude Code ignores an unknown key (its debug log names it), so a misspelt field (`Tools:`) simply does not"
                    + " take effect; Gemini CLI's strict schema refuses the whole agent over it.",
            "Rename a near miss to the field it was meant as.");

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        if (file.catalog().fields().isEmpty()) {
            return;
        }
        if (!file.fieldsReadable()) {
            checkAsTheToolReadsIt(file);
            return;
        }
        String tool = file.catalog().dialect().displayName();
        for (FrontmatterField field : file.document().fields()) {
            String key = field.key();
            if (file.catalog().knows(key)) {
                continue;
            }
            Optional<String> meant = meant(key, file.catalog().fields());
            if (meant.isEmpty()) {
                file.report(RULE, field.startOffset() + field.indent(), toolKey(key), "`" + key + "` is not a " + tool + " field; "
                        + (file.toolRefuses(RULE) ? tool + " refuses an agent with a key it does not know. Remove it, or keep the"
                        + " note in the prompt." : "the tool ignores it. Keep it if it is meant for people or other tools."));
            } else if (file.field(meant.get()).isPresent()) {
                file.reportOn(RULE, field, "`" + key + "` is not a " + tool + " field and is ignored; `" + meant.get()
                        + "` is set as well. Remove one of them.");
            } else {
                String target = meant.get();
                file.reportOn(RULE, field, "`" + key + "` is not a " + tool + " field, so "
                        + (file.toolRefuses(RULE) ? tool + " refuses the agent" : "it does nothing") + ". Did you mean `" + target + "`?",
                        new QuickFix.Edit("Rename `" + key + "` to `" + target + "`", document -> rename(document, key, target)));
            }
        }
    }

    /**
     * When the studio cannot read the frontmatter but the tool can (it repairs the YAML, or takes the last of repeated
     * keys), the keys the tool reads are checked all the same: it ignores the unknown ones there too.
     */
    private static void checkAsTheToolReadsIt(FileCheck file) {
        LoaderVerdict verdict = file.loaderVerdict().filter(LoaderVerdict::loads).orElse(null);
        if (verdict == null) {
            return;
        }
        String tool = file.loaderName().orElseThrow();
        for (String key : verdict.keys()) {
            if (!file.catalog().knows(key)) {
                int at = file.text().indexOf(key + ":");
                file.report(RULE, Math.max(at, 0), key, "`" + key + "` is not a field " + tool + " knows; it ignores it.");
            }
        }
    }

    /**
     * A key as the tools name it in their messages: JavaScript turns a complex key such as {@code [a, b]} into the
     * text {@code a,b}.
     */
    private static String toolKey(String key) {
        if (key.length() > 1 && key.startsWith("[") && key.endsWith("]")) {
            return String.join(",", Arrays.stream(key.substring(1, key.length() - 1).split(",")).map(String::strip).toList());
        }
        return key;
    }

    /** The field a key was probably meant as: a known wrong spelling, the same word, or a typo's distance away. */
    private static Optional<String> meant(String key, List<FieldSpec> fields) {
        for (FieldSpec spec : fields) {
            if (spec.wrongKeys().contains(key) || Suggestions.sameWord(key, spec.name())) {
                return Optional.of(spec.name());
            }
        }
        return Suggestions.closest(key, fields.stream().map(FieldSpec::name).toList());
    }

    /** Replaces the key where it is written; the value, its form and every other line stay. */
    private static AgentDocument rename(AgentDocument document, String key, String target) {
        FrontmatterField field = document.field(key)
                .orElseThrow(() -> new EditRefusedException("The frontmatter no longer has `" + key + "`."));
        if (document.field(target).isPresent()) {
            throw new EditRefusedException("The frontmatter has `" + target + "` already.");
        }
        int start = field.startOffset() + field.indent();
        if (!document.text().startsWith(key, start)) {
            throw new EditRefusedException("`" + key + "` is written in quotes; rename it by hand.");
        }
        AgentDocument renamed = TextEdits.replace(document, start, start + key.length(), target);
        if (!renamed.isEditable() || !Objects.equals(renamed.value(target).orElse(null), field.value())) {
            throw new EditRefusedException("Renaming `" + key + "` would change how the frontmatter reads; rename it by hand.");
        }
        return renamed;
    }
}
