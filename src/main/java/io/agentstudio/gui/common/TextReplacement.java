package io.agentstudio.gui.common;

/**
 * Replace {@code removedLength} characters at {@code offset} with {@code inserted}.
 */
public record TextReplacement(int offset, int removedLength, String inserted) {

    /** The smallest single replacement that turns {@code before} into {@code after}: their common ends are kept. */
    public static TextReplacement between(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextReplacement(prefix, before.length() - prefix - suffix,
                after.substring(prefix, after.length() - suffix));
    }

    public String applyTo(String text) {
        return text.substring(0, offset) + inserted + text.substring(offset + removedLength);
    }

    /** Where a position of the text before the replacement is after it; a position inside the removed part moves to its end. */
    public int map(int position) {
        if (position <= offset) {
            return position;
        }
        if (position >= offset + removedLength) {
            return position + inserted.length() - removedLength;
        }
        return offset + inserted.length();
    }
}
