package io.agentstudio.logic.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file and folder names every file system takes: what the studio names a file (an agent's file after a rename,
 * an exported file) must open on Windows, macOS and Linux alike, as a repository holding it is checked out on all.
 */
public final class PortableFileNames {
    /** Windows refuses these as file names whatever the extension; a repository holding one cannot be checked out there. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"|?*\\\\/\\x00-\\x1F\\x7F]");
    private static final int MAX_NAME_BYTES = 255;

    private PortableFileNames() {
    }

    /** Why one file or folder name may not be used, or empty. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("a name is empty");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("`" + name + "` would leave the folder");
        }
        if (name.contains("/") || name.contains("\\")) {
            return Optional.of("`" + name + "` holds a path separator and would write into another folder");
        }
        if (FORBIDDEN.matcher(name).find()) {
            return Optional.of("`" + name + "` holds a character that file systems refuse (<>:\"|?* or a control character)");
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(stem.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("`" + name + "` is a reserved file name on Windows");
        }
        if (name.endsWith(".") || name.endsWith(" ") || name.startsWith(" ")) {
            return Optional.of("`" + name + "` starts or ends with a blank or ends with a dot, which Windows drops");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return Optional.of("the name is longer than file systems allow (255 bytes)");
        }
        return Optional.empty();
    }
}
