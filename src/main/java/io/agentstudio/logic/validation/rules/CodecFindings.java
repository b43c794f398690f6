package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.agentfile.LosslessText;
import io.agentstudio.logic.agentfile.YamlLimits;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.TextEdits;
import io.agentstudio.logic.loaders.LoaderVerdict;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.CodecRules;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The codec's own problems (it finds them while splitting the file) as catalog rules, with the text-level fixes that
 * repair them. The ids are those of {@link CodecRules}; the severities are the codec's.
 */
public final class CodecFindings implements FileRule {
    static final RuleInfo EMPTY = new RuleInfo(CodecRules.EMPTY_FILE, Severity.ERROR,
            "The file is empty.",
            "An agent needs a frontmatter with a name and a description, and a prompt; an empty file is no agent.", null);
    static final RuleInfo BOM = new RuleInfo(CodecRules.BOM, Severity.ERROR,
            "The file starts with a UTF-8 byte order mark.",
            "Gemini CLI expects `---` as the very first characters: behind a BOM it finds no frontmatter and refuses the"
                    + " agent. Claude Code reads past the mark (since 2.1.239), so there it is a warning.",
            "Remove the byte order mark.");
    static final RuleInfo INVALID_UTF8 = new RuleInfo(CodecRules.INVALID_UTF8, Severity.ERROR,
            "Some bytes of the file are not valid UTF-8.",
            "The tools read agent files as UTF-8: Claude Code and Gemini CLI load the file with each such byte turned into"
                    + " a replacement character, so the model reads something else than what was written. The studio keeps"
                    + " the bytes as they are; re-save the file as UTF-8 where it was made.", null);
    static final RuleInfo NO_FRONTMATTER = new RuleInfo(CodecRules.NO_FRONTMATTER, Severity.ERROR,
            "The file has no frontmatter.",
            "Without a `---` block holding `name` and `description`, Claude Code does not load the file as an agent.",
            "Add a frontmatter: `name` from the file name (or the first heading), `description` from the first paragraph.");
    static final RuleInfo UNCLOSED = new RuleInfo(CodecRules.UNCLOSED_FRONTMATTER, Severity.ERROR,
            "The frontmatter is opened by `---` but never closed.",
            "Loaders then read the whole file as YAML, or nothing; the agent is skipped.",
            "Insert the closing `---` after the last line that looks like a field.");
    static final RuleInfo CLOSING_FENCE = new RuleInfo(CodecRules.CLOSING_FENCE, Severity.WARNING,
            "The frontmatter is closed by a line other than exactly `---` (such as a long row of dashes).",
            "Loaders that match `---` as a prefix accept it and keep the extra dashes in the prompt; stricter ones read the"
                    + " rest of the file as YAML.",
            "Replace the line with `---`.");
    static final RuleInfo YAML_SYNTAX = new RuleInfo(CodecRules.YAML_SYNTAX, Severity.ERROR,
            "The frontmatter is not valid YAML, or repeats a key.",
            "Gemini CLI, OpenCode and Copilot refuse such a file; Claude Code repairs what it can (then the finding is"
                    + " `yaml-recovered`) and skips the rest without a word. The usual cause is an unquoted value holding `: `"
                    + " (as in `<example>Context: ...`) or starting with a character YAML reserves.",
            "Quote the value, when a single-line value is the cause.");
    static final RuleInfo YAML_RECOVERED = new RuleInfo("yaml-recovered", Severity.WARNING,
            "The frontmatter is not valid YAML, but Claude Code repairs it and loads the agent.",
            "When its YAML parser fails, Claude Code reads the frontmatter again with risky values quoted and leading tabs"
                    + " made spaces. The agent loads, with the values as repaired (the message shows the description it ends up"
                    + " with); Gemini CLI, OpenCode and Copilot do not repair, and refuse the file.",
            "Quote the value, when a single-line value is the cause.");
    static final RuleInfo YAML_NOT_MAPPING = new RuleInfo(CodecRules.YAML_NOT_MAPPING, Severity.ERROR,
            "The frontmatter is YAML but not a set of `key: value` fields.",
            "The tools look up `name`, `description` and the rest as keys; a list or a lone value has none.", null);

    static final RuleInfo OVER_LIMIT = new RuleInfo(CodecRules.FRONTMATTER_OVER_LIMIT, Severity.WARNING,
            String.format(Locale.ROOT, "The frontmatter is beyond what the studio reads: over %,d characters, over %,d keys,"
                    + " nested over %d levels deep, or over %,d values once its aliases are expanded.",
                    YamlLimits.MAX_CHARS, YamlLimits.MAX_KEYS, YamlLimits.MAX_DEPTH, YamlLimits.MAX_VALUES),
            "No agent's frontmatter comes near these limits, and past them reading it could stall the studio (a few hundred"
                    + " bytes of aliases can stand for millions of values). The studio cannot check such a file: its fields are"
                    + " not checked, shown in the form or editable. The tools may still load it, so it is not called broken.", null);

    private static final List<RuleInfo> RULES = List.of(EMPTY, BOM, INVALID_UTF8, NO_FRONTMATTER, UNCLOSED, CLOSING_FENCE,
            YAML_SYNTAX, YAML_RECOVERED, YAML_NOT_MAPPING, OVER_LIMIT);

    @Override
    public List<RuleInfo> rules() {
        return RULES;
    }

    @Override
    public void check(FileCheck file) {
        for (Problem problem : file.document().problems()) {
            RuleInfo rule = RULES.stream().filter(r -> r.id().equals(problem.ruleId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The codec reported an uncatalogued rule " + problem.ruleId()));
            Optional<QuickFix> fix = fixFor(rule, file, problem);
            String message = problem.message();
            if (rule == YAML_SYNTAX) {
                Optional<LoaderVerdict> verdict = file.loaderVerdict();
                if (verdict.filter(LoaderVerdict::loads).isPresent() && LosslessText.containsEscapes(file.text())) {
                    // The studio's parser stumbles on the bytes it keeps; the tool reads U+FFFD there and loads the agent,
                    // and file-invalid-utf8 already says so.
                    continue;
                }
                if (verdict.filter(v -> v.loads() && v.repaired()).isPresent()) {
                    rule = YAML_RECOVERED;
                    message = recovered(message, verdict.get(), file.loaderName().orElseThrow(), file.kind());
                } else if (file.skill().isEmpty() && verdict.filter(v -> !v.loads()).isPresent()) {
                    // Whether the agent loader refuses a skill says nothing of the skill loader; only its repair does.
                    message += " " + file.catalog().dialect().displayName() + " refuses such an agent.";
                }
            }
            file.reportAt(rule, problem.line(), problem.column(), problem.field(), message, fix.stream().toArray(QuickFix[]::new));
        }
    }

    /** The parser's message, then what the tool reads instead: the description it ends up with, as the user sees it. */
    private static String recovered(String strict, LoaderVerdict verdict, String tool, String kind) {
        String description = verdict.text("description").map(d -> d.length() > 160 ? d.substring(0, 157) + "..." : d).orElse("");
        return strict + " " + tool + " repairs it and loads the " + kind + ", reading the description as \u201c"
                + description.replace("\n", " ") + "\u201d; Gemini CLI, OpenCode and Copilot refuse the file.";
    }

    private static Optional<QuickFix> fixFor(RuleInfo rule, FileCheck file, Problem problem) {
        if (rule == BOM) {
            return Optional.of(new QuickFix.Edit("Remove the byte order mark", CodecFindings::removeBom));
        }
        if (rule == CLOSING_FENCE) {
            return Optional.of(new QuickFix.Edit("Replace the closing line with `---`", CodecFindings::exactClosingFence));
        }
        if (rule == NO_FRONTMATTER) {
            return FrontmatterCreation.fixFor(file);
        }
        if (rule == UNCLOSED) {
            return FrontmatterClosing.fixFor(file);
        }
        if (rule == YAML_SYNTAX) {
            return YamlValueQuoting.fixFor(file, problem.line());
        }
        return Optional.empty();
    }

    private static AgentDocument removeBom(AgentDocument document) {
        if (!document.hasBom()) {
            throw new EditRefusedException("The file no longer starts with a byte order mark.");
        }
        return TextEdits.replace(document, 0, 1, "");
    }

    private static AgentDocument exactClosingFence(AgentDocument document) {
        if (document.state() != FrontmatterState.CLOSED || document.closingFence().equals("---")) {
            throw new EditRefusedException("The frontmatter's closing line is already `---`.");
        }
        return TextEdits.replace(document, document.yamlEnd(), document.yamlEnd() + document.closingFence().length(), "---");
    }
}
