package io.agentstudio.model;

import java.util.List;
import java.util.Optional;

/**
 * An agent file as read, split into frontmatter and body without losing a character. {@code text} is the
 * whole file decoded losslessly (a BOM stays as U+FEFF, bytes that are not UTF-8 stay as escapes), so writing
 * {@code text} back gives the bytes that were read.
 *
 * @param text            the whole file
 * @param state           whether there is a frontmatter block
 * @param yamlStart       offset of the first YAML character (after the opening fence's line), or -1
 * @param yamlEnd         offset of the start of the closing fence line, or -1
 * @param bodyStart       offset where the body begins (0 without frontmatter)
 * @param closingFence    the closing fence line as written, without terminator ({@code ---} normally), or null
 * @param fields          the top-level keys in file order; empty when the YAML does not parse
 * @param problems        what the codec found wrong with the file's form (encoding, fences, YAML syntax)
 * @param lineEnding      the file's first line terminator, used for lines the studio adds
 * @param invalidUtf8Bytes how many bytes are not valid UTF-8
 */
public record AgentDocument(String text, FrontmatterState state, int yamlStart, int yamlEnd, int bodyStart,
                            String closingFence, List<FrontmatterField> fields, List<Problem> problems,
                            LineEnding lineEnding, int invalidUtf8Bytes) {

    public AgentDocument {
        fields = List.copyOf(fields);
        problems = List.copyOf(problems);
    }

    public boolean hasBom() {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF';
    }

    public boolean hasFrontmatter() {
        return state == FrontmatterState.CLOSED;
    }

    /** True when the frontmatter parsed as a YAML mapping within the studio's limits, so fields can be read and edited. */
    public boolean isEditable() {
        if (state != FrontmatterState.CLOSED) {
            return state == FrontmatterState.NONE;
        }
        for (Problem problem : problems) { // a loop, not a stream: every rule asks this of every file
            if (CodecRules.leavesFieldsUnread(problem.ruleId())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same document cut where the body starts: every offset of the frontmatter (its fields, its problems) still
     * holds, and the body is empty. What a one-time validation keeps of an agent once its body has been read.
     */
    public AgentDocument withoutBody() {
        return new AgentDocument(text.substring(0, bodyStart), state, yamlStart, yamlEnd, bodyStart, closingFence, fields,
                problems, lineEnding, invalidUtf8Bytes);
    }

    public String body() {
        return text.substring(bodyStart);
    }

    public String yaml() {
        return yamlStart < 0 ? "" : text.substring(yamlStart, yamlEnd);
    }

    /** The first field with this key. A plain loop: every rule asks for fields of every file, and a stream per ask costs. */
    public Optional<FrontmatterField> field(String key) {
        for (FrontmatterField field : fields) {
            if (field.key().equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    public Optional<Object> value(String key) {
        return field(key).map(FrontmatterField::value);
    }

    /** The value as text when it is a scalar (numbers and booleans as YAML wrote them); empty otherwise. */
    public Optional<String> string(String key) {
        return value(key).filter(v -> !(v instanceof java.util.Collection) && !(v instanceof java.util.Map))
                .map(String::valueOf);
    }

    /** 0-based line number of the first body line. */
    public int bodyFirstLine() {
        return TextLines.lineOf(text, bodyStart);
    }
}
