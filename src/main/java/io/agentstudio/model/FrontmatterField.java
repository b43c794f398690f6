package io.agentstudio.model;

/**
 * One top-level key of the frontmatter, with its value as YAML reads it and the exact lines it occupies.
 *
 * @param key          the key as written
 * @param value        String, Integer/Long, Boolean, Double, List, Map, or null, as a YAML loader reads it
 * @param style        how the value is written
 * @param firstLine    0-based line of the key in the whole file
 * @param lastLine     0-based line of the value's last character (inclusive)
 * @param startOffset  char offset of the start of {@code firstLine}
 * @param endOffset    char offset just past the line terminator of {@code lastLine}
 * @param indent       columns of indentation of the key (0 for ordinary frontmatter)
 * @param itemIndent   for a block list: the indentation of its {@code -} markers; otherwise -1
 */
public record FrontmatterField(String key, Object value, ValueStyle style, int firstLine, int lastLine,
                               int startOffset, int endOffset, int indent, int itemIndent) {
}
