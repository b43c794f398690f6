package io.agentstudio.logic.graph;

/**
 * The whole lines of the block a reference sits in.
 *
 * @param kind      list item, table row, paragraph, heading or frontmatter field
 * @param start     offset of the start of the block's first line
 * @param end       offset just past the line terminator of its last line (the text's end when it has none)
 * @param firstLine 1-based
 * @param lastLine  1-based, inclusive
 */
record ReferenceItem(ItemKind kind, int start, int end, int firstLine, int lastLine) {

    /** The block's exact text without its last terminator. */
    String text(String fileText) {
        int stop = end;
        if (stop > start && fileText.charAt(stop - 1) == '\n') {
            stop--;
        }
        if (stop > start && fileText.charAt(stop - 1) == '\r') {
            stop--;
        }
        return fileText.substring(start, stop);
    }
}
