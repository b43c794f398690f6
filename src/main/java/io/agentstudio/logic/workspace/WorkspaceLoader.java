package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a workspace: scans for candidate files, then reads and parses them in parallel; a {@code SKILL.md} in a
 * skills folder is a skill ({@link SkillLocator}), never an agent. A file that cannot be read
 * becomes a problem; everything else still loads. A Markdown file counts as an agent when it has a frontmatter or
 * lives in an {@code agents} folder (an agent that lost its frontmatter must still show, with its problem).
 */
public final class WorkspaceLoader {
    /** Files over this size are not read: no agent prompt is that long, and a stray dump must not stall the studio. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final String TOO_LARGE_RULE = "file-too-large";
    public static final String BINARY_RULE = "file-binary";

    private WorkspaceLoader() {
    }

    public static Workspace load(Path root) throws IOException {
        Path realRoot = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(realRoot)) {
            throw new NoSuchFileException(root.toString(), null, Files.exists(realRoot) ? "not a folder" : "no such folder");
        }
        return load(realRoot, WorkspaceScanner.scan(realRoot));
    }

    /** Loads the files of a scan already made of the folder {@code root} (absolute and normalized). */
    public static Workspace load(Path realRoot, WorkspaceScanner.Scan scan) throws IOException {
        Loaded<WorkspaceAgent> loaded = loadEach(realRoot, scan, agent -> agent);
        return new Workspace(realRoot, loaded.kept(), loaded.skills(), loaded.problems());
    }

    /** What {@link #loadEach} kept of each agent, in the scan's order, the skills, and the problems met loading. */
    public record Loaded<T>(List<T> kept, List<WorkspaceSkill> skills, List<Problem> problems) {
    }

    /**
     * Loads the files of a scan in parallel and keeps of each agent only what {@code keep} makes of it as soon as it
     * is read: a caller that needs each agent once (the command line's validation) then never holds every document,
     * and a workspace of any size fits in a small heap.
     */
    public static <T> Loaded<T> loadEach(Path realRoot, WorkspaceScanner.Scan scan, Function<WorkspaceAgent, T> keep)
            throws IOException {
        deleteStaleTempFiles(realRoot, scan);
        List<Kept<T>> results = scan.files().parallelStream().map(file -> {
            LoadResult result = loadOne(realRoot, file);
            return new Kept<>(result.agent() == null ? null : keep.apply(result.agent()), result.skill(), result.problem());
        }).toList();
        List<T> kept = results.stream().map(Kept::kept).filter(Objects::nonNull).toList();
        List<WorkspaceSkill> skills = results.stream().map(Kept::skill).filter(Objects::nonNull).toList();
        List<Problem> problems = new ArrayList<>(scan.problems());
        results.stream().map(Kept::problem).filter(Objects::nonNull).forEach(problems::add);
        return new Loaded<>(kept, skills, problems);
    }

    private record Kept<T>(T kept, WorkspaceSkill skill, Problem problem) {
    }

    /**
     * Temporary files that killed saves left in the workspace go when it opens; the scan met them on its way, so this
     * costs no listing, and a save in a folder the scan listed need not list it again. A folder linked in from outside
     * the workspace keeps its files: opening a workspace changes nothing outside it.
     */
    private static void deleteStaleTempFiles(Path root, WorkspaceScanner.Scan scan) throws IOException {
        if (!scan.tempFiles().isEmpty()) {
            Path realRoot = root.toRealPath();
            for (Path temp : scan.tempFiles()) {
                if (temp.getParent().toRealPath().startsWith(realRoot)) {
                    AtomicFileWriter.deleteIfStale(temp);
                }
            }
        }
        AtomicFileWriter.cleanedAlready(scan.folders());
    }

    /** Reads one file again (after a change on disk); empty when it is no longer an agent file. */
    public static Optional<WorkspaceAgent> reload(Path root, Path file) throws IOException {
        LoadResult result = loadOne(root, file);
        if (result.problem() != null && result.agent() == null) {
            throw new IOException(result.problem().message());
        }
        return Optional.ofNullable(result.agent());
    }

    private record LoadResult(WorkspaceAgent agent, WorkspaceSkill skill, Problem problem) {
        LoadResult(WorkspaceAgent agent, Problem problem) {
            this(agent, null, problem);
        }
    }

    /** Reads one skill again (after a change on disk). */
    public static WorkspaceSkill reloadSkill(Path root, Path file) throws IOException {
        LoadResult result = loadOne(root, file);
        if (result.skill() == null) {
            throw new IOException(result.problem() == null ? "Not a skill: " + file : result.problem().message());
        }
        return result.skill();
    }

    private static LoadResult loadOne(Path root, Path file) {
        Path relative = root.relativize(file);
        if (SkillLocator.isSkillFile(relative)) {
            return loadSkill(file, relative);
        }
        Optional<Dialect> dialect = DialectLocator.dialectOf(relative);
        if (dialect.isEmpty()) {
            return new LoadResult(null, null);
        }
        try {
            AgentFileReader.Read read = AgentFileReader.read(file);
            if (read.refused()) {
                return new LoadResult(null, read.refusal());
            }
            AgentDocument document = AgentFileParser.parse(read.bytes());
            boolean hidden = file.getFileName().toString().startsWith(".");
            if (document.state() == FrontmatterState.NONE && (hidden || !DialectLocator.isUnderAgentsFolder(relative))) {
                // A hidden file is an agent only when it looks like one (Claude Code loads it); a placeholder such as
                // .keep.md is no agent to the tool either.
                return new LoadResult(null, null);
            }
            return new LoadResult(new WorkspaceAgent(file, relative, dialect.get(), document, read.stamp()), null);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                return new LoadResult(null, new Problem(WorkspaceScanner.UNREADABLE_RULE, Severity.ERROR,
                        "This symbolic link points to a file that does not exist.", file, 0, 0, null));
            }
            return new LoadResult(null, null); // deleted between the scan and the read: no longer part of the workspace
        } catch (IOException e) {
            return new LoadResult(null, new Problem(WorkspaceScanner.UNREADABLE_RULE, Severity.ERROR,
                    "Cannot be read (" + WorkspaceScanner.describe(e) + "); check its permissions.", file, 0, 0, null));
        }
    }

    /** A skill's {@code SKILL.md}, read like an agent file (same limits, same lossless parse), and its folder's files. */
    private static LoadResult loadSkill(Path file, Path relative) {
        try {
            AgentFileReader.Read read = AgentFileReader.read(file);
            if (read.refused()) {
                return new LoadResult(null, read.refusal());
            }
            AgentDocument document = AgentFileParser.parse(read.bytes());
            return new LoadResult(null, new WorkspaceSkill(file, relative, SkillLocator.toolOf(relative), document, read.stamp(),
                    SkillLocator.supportingFiles(file.getParent())), null);
        } catch (NoSuchFileException e) {
            return new LoadResult(null, null);
        } catch (IOException e) {
            return new LoadResult(null, new Problem(WorkspaceScanner.UNREADABLE_RULE, Severity.ERROR,
                    "Cannot be read (" + WorkspaceScanner.describe(e) + "); check its permissions.", file, 0, 0, null));
        }
    }
}
