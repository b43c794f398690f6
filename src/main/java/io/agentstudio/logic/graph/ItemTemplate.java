package io.agentstudio.logic.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a new item for a delegation list in the style of an item already there: the same bullet or numbering, the
 * same way of writing the name ({@code `slug`}, {@code **Display Name**}, {@code **With slug**}, a link, plain), and
 * the note where that item has its own ("— note", ": note", "For note → delegate to ...", "... on note").
 */
final class ItemTemplate {
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)([-*+]|(\\d+)([.)]))(\\s+)");
    private static final Pattern NAME_FIRST_SEPARATOR = Pattern.compile("^(\\s*(?:—|–|-|:|→|->|=>)\\s*|\\s+\\(|\\s+)");
    private static final Pattern LINKING_WORD = Pattern.compile("^\\s+(on|for|with|about|in|to|when)\\s+");
    private static final Pattern ARROW = Pattern.compile("\\s*(?:→|->|=>|:)\\s*");
    private static final Pattern CONNECTIVE = Pattern.compile("^(For|If|When|On)\\s");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("^[\\s.;,:)]*$");

    /** The first line of the item to imitate and where its name, markup included, sits in that line. */
    record Model(String line, int markupStart, int markupEnd) {
    }

    private ItemTemplate() {
    }

    /**
     * A new list item line (without terminator).
     *
     * @param model      the item to imitate
     * @param nextNumber the number for an ordered list (the last item's plus one)
     * @param name       the new agent's name written in the model's form (markup included)
     * @param note       the note, or null
     */
    static String listItem(Model model, int nextNumber, String name, String note) {
        Matcher marker = LIST_MARKER.matcher(model.line());
        if (!marker.find()) {
            return null;
        }
        String prefix = marker.group(1) + (marker.group(3) != null ? nextNumber + marker.group(4) : marker.group(2)) + marker.group(5);
        int contentStart = marker.end();
        if (model.markupStart() < contentStart) {
            return null;
        }
        String before = model.line().substring(contentStart, model.markupStart());
        String after = model.line().substring(model.markupEnd());
        return prefix + content(before, after, name, note);
    }

    /** The default item when the list has no item to imitate, or for a new section. */
    static String plainItem(String marker, String name, String note) {
        return marker + name + (note == null ? "" : " — " + note);
    }

    private static String content(String before, String after, String name, String note) {
        boolean nameFirst = before.isBlank();
        boolean nameLast = TRAILING_PUNCTUATION.matcher(after).matches();
        if (nameFirst) {
            if (note == null) {
                return name;
            }
            Matcher separator = NAME_FIRST_SEPARATOR.matcher(after);
            String sep = nameLast || !separator.find() ? " — " : separator.group();
            if (sep.isBlank()) {
                Matcher linking = LINKING_WORD.matcher(after);
                sep = linking.find() ? linking.group() : " — ";
            }
            return name + sep + note + (sep.endsWith("(") ? ")" : "");
        }
        Matcher arrow = ARROW.matcher(before);
        int arrowStart = -1;
        int arrowEnd = -1;
        while (arrow.find()) {
            arrowStart = arrow.start();
            arrowEnd = arrow.end();
        }
        if (arrowStart >= 0) {
            // "For <situation> → delegate to x <more>": the situation and what follows the name are the model's
            // own; the new item says only its note, in the situation's place
            String lead = before.substring(0, arrowStart);
            String verb = before.substring(arrowEnd);
            String end = nameLast ? after : "";
            if (note == null) {
                return capitalised(verb) + name + end;
            }
            Matcher connective = CONNECTIVE.matcher(lead);
            return (connective.find() ? connective.group() : "") + note + before.substring(arrowStart, arrowEnd) + verb + name + end;
        }
        if (nameLast) {
            return before + name + (note == null ? "" : " — " + note) + after;
        }
        if (note == null) {
            return before + name;
        }
        Matcher linking = LINKING_WORD.matcher(after);
        return before + name + (linking.find() ? linking.group() : " — ") + note;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * A new table row in the model row's layout: the name in the name's column, the note in the first other
     * column, the rest empty.
     */
    static String tableRow(String modelRow, int nameColumnOffset, String name, String note) {
        List<int[]> cells = cells(modelRow);
        int nameCell = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (nameColumnOffset >= cells.get(i)[0] && nameColumnOffset < cells.get(i)[1]) {
                nameCell = i;
            }
        }
        if (nameCell < 0) {
            return null;
        }
        int indentEnd = 0;
        while (indentEnd < modelRow.length() && Character.isWhitespace(modelRow.charAt(indentEnd))) {
            indentEnd++;
        }
        boolean leadingPipe = indentEnd < modelRow.length() && modelRow.charAt(indentEnd) == '|';
        boolean trailingPipe = modelRow.stripTrailing().endsWith("|") && !modelRow.stripTrailing().endsWith("\\|");
        StringBuilder row = new StringBuilder(modelRow.substring(0, indentEnd));
        boolean noteWritten = note == null;
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0 || leadingPipe) {
                row.append('|');
            }
            String cell = "";
            if (i == nameCell) {
                cell = name;
            } else if (!noteWritten) {
                cell = note.replace("|", "\\|");
                noteWritten = true;
            }
            row.append(' ').append(cell).append(' ');
        }
        if (trailingPipe) {
            row.append('|');
        }
        return row.toString().replaceAll(" {2,}\\|", " |").stripTrailing();
    }

    /** The cells of a row as [start, end) offsets, split at pipes that are neither escaped nor inside code. */
    private static List<int[]> cells(String row) {
        List<int[]> cells = new ArrayList<>();
        String trimmed = row.stripTrailing();
        int i = 0;
        while (i < trimmed.length() && Character.isWhitespace(trimmed.charAt(i))) {
            i++;
        }
        if (i < trimmed.length() && trimmed.charAt(i) == '|') {
            i++;
        }
        int start = i;
        boolean inCode = false;
        for (; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '`') {
                inCode = !inCode;
            } else if (c == '\\') {
                i++;
            } else if (c == '|' && !inCode) {
                cells.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < trimmed.length()) {
            cells.add(new int[] {start, trimmed.length()});
        }
        return cells;
    }
}
