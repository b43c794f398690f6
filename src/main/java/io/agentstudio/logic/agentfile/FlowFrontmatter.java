package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A frontmatter written as one flow mapping: {@code {name: a, model: opus}} on one line, or JSON over several. Its
 * fields share lines, so an edit cannot replace a field's lines as in block style. Here setting a field replaces
 * exactly its value's characters, or adds an entry after the last one in the layout the mapping already has; removing
 * one takes out the entry with one comma next to it. A JSON frontmatter stays JSON.
 */
final class FlowFrontmatter {

    /** One {@code key: value} entry, as char offsets in the whole file; the key is null when it is not a scalar. */
    private record Entry(String key, int keyStart, int valueStart, int valueEnd) {
        boolean hasEmptyValue() {
            return valueStart == valueEnd;
        }
    }

    private final AgentDocument document;
    private final List<Entry> entries;
    private final int openingBrace;
    private final int closingBrace;
    private final boolean json;

    private FlowFrontmatter(AgentDocument document, List<Entry> entries, int openingBrace, int closingBrace, boolean json) {
        this.document = document;
        this.entries = entries;
        this.openingBrace = openingBrace;
        this.closingBrace = closingBrace;
        this.json = json;
    }

    /** The flow mapping of a frontmatter that parses; empty when the frontmatter is in block style (the usual case). */
    static Optional<FlowFrontmatter> of(AgentDocument document) {
        if (!document.hasFrontmatter() || !document.isEditable() || !opensWithBrace(document.yaml())
                || !(YamlFieldReader.compose(document.yaml()) instanceof MappingNode mapping)
                || mapping.getFlowStyle() != DumperOptions.FlowStyle.FLOW) {
            return Optional.empty();
        }
        Offsets offsets = new Offsets(document.text(), document.yamlStart());
        int openingBrace = offsets.at(mapping.getStartMark());
        List<Entry> entries = new ArrayList<>();
        boolean allKeysDoubleQuoted = !mapping.getValue().isEmpty();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            Node value = tuple.getValueNode();
            boolean scalarKey = key instanceof ScalarNode;
            allKeysDoubleQuoted &= scalarKey && ((ScalarNode) key).getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
            entries.add(new Entry(scalarKey ? ((ScalarNode) key).getValue() : null, offsets.at(key.getStartMark()),
                    offsets.at(value.getStartMark()), offsets.at(value.getEndMark())));
        }
        int closingBrace = offsets.at(mapping.getEndMark()) - 1;
        return Optional.of(new FlowFrontmatter(document, entries, openingBrace, closingBrace, allKeysDoubleQuoted));
    }

    /** The whole file with {@code key} set to {@code value}, written as {@code field} (the key's field, or null) suggests. */
    String set(String key, FieldValue value, FrontmatterField field) {
        String text = document.text();
        YamlValueWriter writer = new YamlValueWriter(document.lineEnding().chars(), 0);
        Optional<Entry> existing = entry(key);
        if (existing.isPresent()) {
            Entry entry = existing.get();
            String rendered = writer.renderInFlow(key, value, field, json);
            if (entry.hasEmptyValue()) {
                // `{a, b: 1}` or `{a: , b: 1}`: the value goes where the null was, after a colon.
                rendered = (text.charAt(entry.valueStart() - 1) == ':' ? " " : ": ") + rendered;
            }
            return text.substring(0, entry.valueStart()) + rendered + text.substring(entry.valueEnd());
        }
        String added = YamlValueWriter.renderFlowKey(key, json) + ": " + writer.renderInFlow(key, value, null, json);
        if (entries.isEmpty()) {
            return text.substring(0, closingBrace) + added + text.substring(closingBrace);
        }
        Entry last = entries.get(entries.size() - 1);
        return text.substring(0, last.valueEnd()) + separatorAfter(last) + added + text.substring(last.valueEnd());
    }

    /** The whole file without {@code key}'s entry; the file as it is when there is no such key. */
    String remove(String key) {
        String text = document.text();
        Optional<Entry> found = entry(key);
        if (found.isEmpty()) {
            return text;
        }
        Entry entry = found.get();
        int index = entries.indexOf(entry);
        int from = entry.keyStart();
        int to = entry.valueEnd();
        if (entries.size() == 1) {
            // The last entry: the mapping becomes `{}`, whatever its layout was.
            from = openingBrace + 1;
            to = closingBrace;
        } else if (index < entries.size() - 1) {
            to = entries.get(index + 1).keyStart();
        } else {
            from = entries.get(index - 1).valueEnd();
        }
        String between = text.substring(from, entry.keyStart()) + text.substring(entry.valueEnd(), to);
        if (between.indexOf('#') >= 0) {
            throw new EditRefusedException("Removing `" + key + "` from the frontmatter's `{...}` would take the comment"
                    + " next to it along; nothing was changed. Remove it by hand.");
        }
        return text.substring(0, from) + text.substring(to);
    }

    private Optional<Entry> entry(String key) {
        return entries.stream().filter(entry -> key.equals(entry.key())).findFirst();
    }

    /** {@code ", "} on one line; in a mapping laid out one entry per line, a comma, a line break and that indent. */
    private String separatorAfter(Entry last) {
        String text = document.text();
        int lineStart = last.keyStart();
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        String indent = text.substring(lineStart, last.keyStart());
        return indent.isBlank() ? "," + document.lineEnding().chars() + indent : ", ";
    }

    /** True when the first thing in the YAML, after blank and comment lines, is a {@code {}. */
    private static boolean opensWithBrace(String yaml) {
        boolean inComment = false;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n' || c == '\r') {
                inComment = false;
            } else if (!inComment && c == '#') {
                inComment = true;
            } else if (!inComment && c != ' ' && c != '\t') {
                return c == '{';
            }
        }
        return false;
    }

    /**
     * Turns SnakeYAML's marks, which count code points from the start of the YAML, into char offsets in the file.
     * The marks of a mapping come in order, so the walk goes forward once instead of starting over for each mark.
     */
    private static final class Offsets {
        private final String text;
        private final int yamlStart;
        private int index;
        private int offset;

        Offsets(String text, int yamlStart) {
            this.text = text;
            this.yamlStart = yamlStart;
            this.offset = yamlStart;
        }

        int at(Mark mark) {
            if (mark.getIndex() < index) {
                index = 0;
                offset = yamlStart;
            }
            offset = text.offsetByCodePoints(offset, mark.getIndex() - index);
            index = mark.getIndex();
            return offset;
        }
    }
}
