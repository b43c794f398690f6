package io.agentstudio.logic.workspace;

import io.agentstudio.model.Dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Where skills live: {@code <skills>/<name>/SKILL.md}, under a tool's folder ({@code .claude/skills},
 * {@code .gemini/skills}, {@code .opencode/skills}, {@code .github/skills}) or a plugin's own {@code skills/}. A
 * {@code SKILL.md} has frontmatter like an agent, but it is never one.
 */
public final class SkillLocator {
    public static final String SKILL_FILE = "SKILL.md";
    public static final String SKILLS_FOLDER = "skills";
    static final int MAX_SUPPORTING_FILES = 500;
    private static final int MAX_DEPTH = 6;

    private SkillLocator() {
    }

    /** True for a {@code SKILL.md} directly in a folder of a {@code skills} folder ({@code relative} to the workspace). */
    public static boolean isSkillFile(Path relative) {
        int count = relative.getNameCount();
        return count >= 3 && relative.getFileName().toString().equals(SKILL_FILE)
                && relative.getName(count - 3).toString().equals(SKILLS_FOLDER);
    }

    /** The tool whose folder holds the skill; a plugin's or a bare {@code skills/} folder is Claude Code's. */
    public static Dialect toolOf(Path relative) {
        if (relative.getNameCount() >= 4) {
            switch (relative.getName(relative.getNameCount() - 4).toString()) {
                case ".gemini":
                    return Dialect.GEMINI;
                case ".opencode":
                    return Dialect.OPENCODE;
                case ".github":
                    return Dialect.COPILOT;
                case ".cursor":
                    return Dialect.CURSOR;
                default:
                    break;
            }
        }
        return Dialect.CLAUDE_CODE;
    }

    /** The skill's folder name, which its {@code name} must equal; empty when {@code relative} is no skill file. */
    public static Optional<String> folderName(Path relative) {
        return isSkillFile(relative) ? Optional.of(relative.getParent().getFileName().toString()) : Optional.empty();
    }

    /**
     * The files of a skill's folder other than its {@code SKILL.md}, relative to the folder and sorted: scripts,
     * references and templates the skill's instructions point to. At most {@link #MAX_SUPPORTING_FILES}, links not
     * followed, hidden files left out.
     */
    public static List<Path> supportingFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            walk.filter(path -> !path.equals(folder.resolve(SKILL_FILE)) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .map(folder::relativize)
                    .filter(path -> StreamSupport.stream(path.spliterator(), false).noneMatch(part -> part.toString().startsWith(".")))
                    .sorted()
                    .limit(MAX_SUPPORTING_FILES)
                    .forEach(files::add);
        }
        return files;
    }
}
