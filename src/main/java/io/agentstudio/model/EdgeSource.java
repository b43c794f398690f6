package io.agentstudio.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one reference from an agent file to an agent is written: enough for the studio to show it, jump to it and
 * edit it.
 *
 * @param file      the file that holds the reference, relative to the workspace root
 * @param firstLine 1-based first line of the block the reference sits in (a list item, table row, paragraph or field)
 * @param lastLine  1-based last line of that block (inclusive)
 * @param text      the exact text of those lines, without the last line's terminator
 * @param nameStart offset in the file's text where the name as written starts (markup such as backticks excluded,
 *                  except for a {@link NameForm#LINK}, which covers the whole link)
 * @param nameEnd   offset just past the name as written
 * @param nameLine  1-based line of the name itself (where a problem marker goes)
 * @param nameColumn 1-based column of the name on that line
 * @param written   the name exactly as written (the text between {@code nameStart} and {@code nameEnd})
 * @param form      how the name is written
 * @param section   the heading or lead-in of the delegation section the reference sits in; empty outside one
 */
public record EdgeSource(Path file, int firstLine, int lastLine, String text, int nameStart, int nameEnd, int nameLine,
                         int nameColumn, String written, NameForm form, String section) {

    public EdgeSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(section, "section");
    }

    /** The same reference after the text before it grew by {@code chars} characters and {@code lines} lines. */
    public EdgeSource movedBy(int chars, int lines) {
        return chars == 0 && lines == 0 ? this : new EdgeSource(file, firstLine + lines, lastLine + lines, text,
                nameStart + chars, nameEnd + chars, nameLine + lines, nameColumn, written, form, section);
    }

    /** {@code path:line} of the block, for messages. */
    public String location() {
        return file.toString().replace('\\', '/') + ":" + firstLine;
    }
}
