package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.TextEdits;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.TextLines;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fix for the most common YAML failure: a one-line plain value that holds {@code : } or starts with a reserved
 * character. Single quotes keep every character of such a value as it reads (a plain value has no escapes), so the
 * fix changes no meaning; it is offered only when the whole frontmatter then parses and the value reads back as the
 * text that was written.
 */
final class YamlValueQuoting {
    private static final Pattern FIELD_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*):[ \\t]+(\\S.*?)[ \\t]*");
    private static final String NOT_PLAIN = "'\"|>[{";

    private YamlValueQuoting() {
    }

    /** The fix for a YAML error reported on {@code line} (1-based), when that line is such a value. */
    static Optional<QuickFix> fixFor(FileCheck file, int line) {
        AgentDocument document = file.document();
        if (document.state() != FrontmatterState.CLOSED || line < 1) {
            return Optional.empty();
        }
        int lineStart = file.lineStart(line - 1);
        return quoted(document, lineStart).map(fixed -> new QuickFix.Edit(
                "Quote the value of `" + fixed.key + "`", current -> apply(current, lineStart, fixed.key)));
    }

    private record Quoted(String key, AgentDocument result) {
    }

    private static AgentDocument apply(AgentDocument document, int lineStart, String key) {
        return quoted(document, lineStart).filter(q -> q.key.equals(key)).map(Quoted::result)
                .orElseThrow(() -> new EditRefusedException("The value of `" + key + "` no longer needs quoting this way."));
    }

    private static Optional<Quoted> quoted(AgentDocument document, int lineStart) {
        String text = document.text();
        if (document.state() != FrontmatterState.CLOSED || lineStart < document.yamlStart() || lineStart >= document.yamlEnd()) {
            return Optional.empty();
        }
        int contentEnd = TextLines.lineContentEnd(text, lineStart);
        Matcher field = FIELD_LINE.matcher(text.substring(lineStart, contentEnd));
        if (!field.matches() || NOT_PLAIN.indexOf(field.group(2).charAt(0)) >= 0 || field.group(2).contains(" #")
                || continues(document, contentEnd)) {
            return Optional.empty();
        }
        String key = field.group(1);
        String value = field.group(2);
        int valueStart = lineStart + field.start(2);
        AgentDocument result = TextEdits.replace(document, valueStart, valueStart + value.length(),
                "'" + value.replace("'", "''") + "'");
        boolean readsBack = result.isEditable() && Objects.equals(result.value(key).orElse(null), value);
        return readsBack ? Optional.of(new Quoted(key, result)) : Optional.empty();
    }

    /** True when the next line is an indented continuation of the value: then it is not a one-line value. */
    private static boolean continues(AgentDocument document, int contentEnd) {
        String text = document.text();
        int next = TextLines.nextLineStart(text, contentEnd);
        if (next >= document.yamlEnd()) {
            return false;
        }
        String line = text.substring(next, TextLines.lineContentEnd(text, next));
        return !line.isBlank() && (line.startsWith(" ") || line.startsWith("\t"));
    }
}
