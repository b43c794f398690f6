package io.agentstudio.gui.form;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterField;

import java.util.ArrayList;
import java.util.List;

/** The YAML of one field's value exactly as the file writes it, without the key, for editing as text. */
final class RawFieldText {

    private RawFieldText() {
    }

    static String of(AgentDocument document, FrontmatterField field) {
        String lines = document.text().substring(field.startOffset(), field.endOffset());
        String[] split = lines.split("\\R", -1);
        String first = split[0].substring(valueStart(split[0], field)).strip();
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < split.length; i++) {
            rest.add(split[i]);
        }
        while (!rest.isEmpty() && rest.get(rest.size() - 1).isBlank()) {
            rest.remove(rest.size() - 1);
        }
        if (rest.isEmpty()) {
            return first;
        }
        int common = rest.stream().filter(l -> !l.isBlank()).mapToInt(RawFieldText::indentOf).min().orElse(0);
        StringBuilder out = new StringBuilder(first);
        for (String line : rest) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.isBlank() ? "" : line.substring(common));
        }
        return out.toString();
    }

    /** Just past the colon that ends the key (a quoted key may itself hold colons). */
    private static int valueStart(String line, FrontmatterField field) {
        int from = field.indent();
        char open = from < line.length() ? line.charAt(from) : ' ';
        if (open == '"' || open == '\'') {
            int close = line.indexOf(open, from + 1);
            from = close < 0 ? from : close;
        }
        int colon = line.indexOf(':', from);
        return colon < 0 ? line.length() : colon + 1;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
