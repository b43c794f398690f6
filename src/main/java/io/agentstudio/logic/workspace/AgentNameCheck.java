package io.agentstudio.logic.workspace;


import java.text.Normalizer;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one check of a name given to an agent, by the command line's {@code rename} and by the studio's New, Duplicate
 * and Rename. {@link #problem} refuses what a tool refuses or what cannot be an agent's file name: Claude Code skips a
 * name with {@code :} (after NFKC, so a full-width colon too), a leading {@code -} or more than 256 characters; a
 * slash (full-width too, after NFKC) or a leading dot would put the file in another folder or hide it from every
 * tool; control and invisible formatting characters (tab, ESC, NUL, right-to-left override) cannot be typed where
 * agents are named; and the file name must be one every file system takes ({@link PortableFileNames#problem}:
 * Windows' reserved names, 255 bytes). The studio's own dialog asks for more: Claude Code's documented format.
 */
public final class AgentNameCheck {
    /** Claude Code refuses longer names. */
    public static final int LONGEST_NAME = 256;
    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SEPARATOR = Pattern.compile("[/\\\\]");

    private AgentNameCheck() {
    }

    /** Why {@code name} cannot be an agent's name at all, or empty when a tool can load it and it can name a file. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("a name cannot be empty");
        }
        if (INVISIBLE.matcher(name).find()) {
            return Optional.of("it holds a control or invisible character (a tab, a line break, ESC, NUL, a direction mark)");
        }
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (compatible.contains(":")) {
            return Optional.of("Claude Code keeps `:` for plugin agents and skips a name with it");
        }
        if (name.startsWith("-")) {
            return Optional.of("Claude Code skips a name that starts with `-`");
        }
        if (SEPARATOR.matcher(compatible).find()) {
            return Optional.of("a slash would put the agent's file into another folder");
        }
        if (name.startsWith(".")) {
            return Optional.of("a name that starts with a dot makes a hidden file that no tool loads");
        }
        if (name.length() > LONGEST_NAME) {
            return Optional.of("Claude Code skips a name longer than " + LONGEST_NAME + " characters (this one has "
                    + name.length() + ")");
        }
        return PortableFileNames.problem(name + ".md").map(fileProblem -> "it cannot name the agent's file: " + fileProblem);
    }

    /** Why {@code name} is not acceptable for a new or renamed agent in the studio, or an empty string when it is. */
    public static String reason(String name, Collection<String> taken) {
        if (name == null || name.isEmpty()) {
            return "Enter a name.";
        }
        Optional<String> problem = problem(name);
        if (problem.isPresent()) {
            return "This cannot be an agent name: " + problem.get() + ".";
        }
        if (!FORMAT.matcher(name).matches()) {
            return "Use lower-case letters, digits and single hyphens between words, such as code-reviewer.";
        }
        if (taken.contains(name)) {
            return "An agent named " + name + " already exists in this workspace.";
        }
        return "";
    }
}
