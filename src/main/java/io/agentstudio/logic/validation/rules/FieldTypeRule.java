package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;
import io.agentstudio.model.TextLines;
import io.agentstudio.model.ValueStyle;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A catalog field whose value has the wrong type or is out of range: {@code maxTurns: ten}, {@code maxTurns: 0},
 * {@code background: "true"}, {@code tools} as a map. Booleans written {@code yes}/{@code on} are reported too: SnakeYAML
 * (YAML 1.1) reads them as booleans, the JavaScript tools (YAML 1.2) as text.
 */
public final class FieldTypeRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("value-type", Severity.ERROR,
            "A field's value has the wrong type or is out of range (a word where a number goes, `0` turns, a quoted boolean).",
            "Gemini CLI and Copilot check the frontmatter against a strict schema: a field of the wrong type fails the whole"
                    + " agent. Claude Code ignores such a value (and says so in its debug log) and loads the agent, so there it is"
                    + " a warning.",
            "Write the value as its type, when the text already says which (`\"20\"` becomes 20, `\"true\"` becomes true).");
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern YAML12_BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        if (!file.fieldsReadable()) {
            return;
        }
        for (FrontmatterField field : file.document().fields()) {
            Optional<FieldSpec> spec = file.catalog().field(field.key());
            if (spec.isPresent() && field.value() != null) {
                check(file, field, spec.get());
            }
        }
    }

    private void check(FileCheck file, FrontmatterField field, FieldSpec spec) {
        Object value = field.value();
        String key = field.key();
        switch (spec.type()) {
            case STRING, TEXT, ENUM, MODEL -> {
                if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                    file.reportOn(RULE, field, "`" + key + "` takes text, not a " + kind(value) + ". Write it as one value."
                            + consequence(file));
                }
            }
            case NAME_LIST, STRING_LIST -> {
                if (!ToolNames.isList(value)) {
                    file.reportOn(RULE, field, "`" + key + "` takes a list of names (`a, b` or a YAML list), not a " + kind(value) + "."
                            + consequence(file));
                }
            }
            case INTEGER -> number(file, field, spec, true);
            case NUMBER -> number(file, field, spec, false);
            case BOOLEAN -> bool(file, field);
            case STRUCTURED -> {
                // any YAML value: the tools read hooks, permissions and servers themselves
            }
        }
    }

    private void number(FileCheck file, FrontmatterField field, FieldSpec spec, boolean whole) {
        Object value = field.value();
        String wanted = (whole ? "a whole number" : "a number") + range(spec);
        boolean rightType = whole ? value instanceof Integer || value instanceof Long || value instanceof BigInteger : value instanceof Number;
        if (!rightType) {
            String text = String.valueOf(value).strip();
            boolean numeric = value instanceof String && (whole ? WHOLE : DECIMAL).matcher(text).matches();
            String message = "`" + field.key() + "` takes " + wanted + ", not " + shown(value) + ".";
            if (numeric && inRange(Double.parseDouble(text), spec)) {
                FieldValue fixed = whole ? new FieldValue.Int(Long.parseLong(text.replace("+", ""))) : new FieldValue.Raw(text);
                file.reportOn(RULE, field, message + " Write it without quotes.", new QuickFix.Edit("Write " + text + " as a number",
                        document -> FrontmatterEditor.set(document, field.key(), fixed)));
            } else {
                file.reportOn(RULE, field, message + consequence(file));
            }
            return;
        }
        if (!inRange(((Number) value).doubleValue(), spec)) {
            file.reportOn(RULE, field, "`" + field.key() + "` takes " + wanted + ", not " + value + "." + consequence(file));
        }
    }

    private void bool(FileCheck file, FrontmatterField field) {
        Object value = field.value();
        String key = field.key();
        if (value instanceof Boolean flag) {
            String written = plainToken(file, field);
            if (field.style() == ValueStyle.PLAIN && !YAML12_BOOLEAN.matcher(written).matches()) {
                file.reportOn(RULE, field, "`" + key + ": " + written + "` is a boolean only to YAML 1.1 readers; JavaScript tools"
                        + " read it as text. Write " + flag + ".", setBool(key, flag));
            }
            return;
        }
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        String message = "`" + key + "` takes true or false, not " + shown(value) + ".";
        if (value instanceof String && (text.equals("true") || text.equals("false"))) {
            file.reportOn(RULE, field, message + " Write it without quotes.", setBool(key, Boolean.parseBoolean(text)));
        } else {
            file.reportOn(RULE, field, message + consequence(file));
        }
    }

    /** What the tool does about it: refuse the agent (a strict schema), ignore the value (Claude Code), or maybe either. */
    private static String consequence(FileCheck file) {
        String tool = file.catalog().dialect().displayName();
        if (file.loaderName().isEmpty()) {
            return " The tool may drop the " + file.kind() + " over it.";
        }
        return file.toolRefuses(RULE) ? " " + tool + " refuses the " + file.kind() + " over it."
                : " " + tool + " ignores the value and loads the " + file.kind() + ".";
    }

    private static QuickFix setBool(String key, boolean flag) {
        return new QuickFix.Edit("Write " + flag, document -> FrontmatterEditor.set(document, key, new FieldValue.Bool(flag)));
    }

    /** The value as written on the key's line, without a trailing comment. */
    private static String plainToken(FileCheck file, FrontmatterField field) {
        String text = file.text();
        int colon = text.indexOf(':', field.startOffset() + field.indent() + field.key().length());
        String rest = text.substring(colon + 1, TextLines.lineContentEnd(text, field.startOffset()));
        int comment = rest.indexOf(" #");
        return (comment < 0 ? rest : rest.substring(0, comment)).strip();
    }

    private static boolean inRange(double number, FieldSpec spec) {
        return (spec.min() == null || number >= spec.min()) && (spec.max() == null || number <= spec.max());
    }

    private static String range(FieldSpec spec) {
        if (spec.min() != null && spec.max() != null) {
            return " from " + plain(spec.min()) + " to " + plain(spec.max());
        }
        if (spec.min() != null) {
            return " of at least " + plain(spec.min());
        }
        return spec.max() == null ? "" : " of at most " + plain(spec.max());
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }

    private static String shown(Object value) {
        if (value instanceof String s) {
            return "the text `" + s + "`";
        }
        return value instanceof Collection<?> || value instanceof Map<?, ?> ? "a " + kind(value) : "`" + value + "`";
    }

    private static String kind(Object value) {
        return value instanceof Map<?, ?> ? "map" : value instanceof Collection<?> ? "list" : "value";
    }
}
