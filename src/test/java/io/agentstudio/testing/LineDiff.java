package io.agentstudio.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The one region in which two texts differ, in whole lines (terminators included): the lines before it and after
 * it are identical. Enough to prove that an edit touched only one field's lines.
 */
public record LineDiff(int originalFrom, int originalTo, int updatedFrom, int updatedTo) {

    public static LineDiff between(String original, String updated) {
        List<String> a = lines(original);
        List<String> b = lines(updated);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        return new LineDiff(prefix, a.size() - suffix, prefix, b.size() - suffix);
    }

    public boolean isEmpty() {
        return originalFrom == originalTo && updatedFrom == updatedTo;
    }

    /** Lines with their terminators; a line ends at LF, CRLF or a lone CR. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
