package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.parallel.ParallelMap;
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
        return load(root, Optional.empty());
    }

    /**
     * Loads the folder {@code root} and, when {@code userHome} is given, the user's agents in it ({@link UserAgentFolders}):
     * those follow the workspace's agents, each with its path from the home ({@code ~/.claude/agents/x.md}), so that its
     * {@link WorkspaceAgent#root()} is the home and a save stays inside it.
     */
    public static Workspace load(Path root, Optional<Path> userHome) throws IOException {
        Path realRoot = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(realRoot)) {
            throw new NoSuchFileException(root.toString(), null, Files.exists(realRoot) ? "not a folder" : "no such folder");
        }
        Workspace workspace = load(realRoot, WorkspaceScanner.scan(realRoot));
        if (userHome.isEmpty()) {
            return workspace;
        }
        Loaded<WorkspaceAgent> user = loadUserAgents(userHome.get(), realRoot, agent -> agent);
        List<WorkspaceAgent> agents = new ArrayList<>(workspace.agents());
        agents.addAll(user.kept());
        List<Problem> problems = new ArrayList<>(workspace.problems());
        problems.addAll(user.problems());
        return new Workspace(realRoot, agents, workspace.skills(), problems);
    }

    /**
     * Loads the agents of the user agents folders of {@code home}, in the order of {@link UserAgentFolders#KNOWN}, keeping
     * of each what {@code keep} makes of it (as {@link #loadEach}). A folder that does not exist is skipped; one inside
     * the workspace (a workspace opened at the home itself) is skipped too, as its agents are the workspace's already.
     * Nothing is deleted there: stale temporary files of a killed save are the workspace's housekeeping only.
     */
    public static <T> Loaded<T> loadUserAgents(Path home, Path realRoot, Function<WorkspaceAgent, T> keep) throws IOException {
        Path realHome = home.toAbsolutePath().normalize();
        Path workspace = realRoot.toRealPath();
        List<T> kept = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (UserAgentFolders.Folder known : UserAgentFolders.KNOWN) {
            Path folder = realHome.resolve(known.relative().toString());
            if (!Files.isDirectory(folder) || folder.toRealPath().startsWith(workspace)) {
                continue;
            }
            WorkspaceScanner.Scan scan = WorkspaceScanner.scan(folder);
            problems.addAll(scan.problems());
            for (Path file : scan.files()) {
                LoadResult result = loadOne(realHome, file, Optional.of(known.dialect()));
                if (result.agent() != null) {
                    kept.add(keep.apply(result.agent()));
                }
                if (result.problem() != null) {
                    problems.add(result.problem());
                }
            }
        }
        return new Loaded<>(kept, List.of(), problems);
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
        List<Kept<T>> results = ParallelMap.of(scan.files(), file -> {
            LoadResult result = loadOne(realRoot, file);
            return new Kept<>(result.agent() == null ? null : keep.apply(result.agent()), result.skill(), result.problem());
        });
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
        LoadResult result = file.startsWith(root) ? loadOne(root, file) : reloadUserAgent(file);
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

    /** A file outside the workspace is a user agent (nothing else outside it is loaded): read relative to its home. */
    private static LoadResult reloadUserAgent(Path file) {
        Optional<Path> home = UserAgentFolders.homeOf(file);
        Optional<Dialect> dialect = home.flatMap(h -> UserAgentFolders.dialectOf(h.relativize(file)));
        if (dialect.isEmpty()) {
            return new LoadResult(null, null);
        }
        return loadOne(home.get(), file, dialect);
    }

    private static LoadResult loadOne(Path root, Path file) {
        return loadOne(root, file, Optional.empty());
    }

    /**
     * {@code fixedDialect}: for a user agent ({@code root} is then the home), the tool whose user folder holds it; empty
     * for a file of the workspace, whose place tells its tool.
     */
    private static LoadResult loadOne(Path root, Path file, Optional<Dialect> fixedDialect) {
        Path relative = fixedDialect.isPresent()
                ? root.getFileSystem().getPath(UserAgentFolders.HOME).resolve(root.relativize(file))
                : root.relativize(file);
        if (fixedDialect.isEmpty() && SkillLocator.isSkillFile(relative)) {
            return loadSkill(file, relative);
        }
        Optional<Dialect> dialect = fixedDialect.isPresent() ? fixedDialect : DialectLocator.dialectOf(relative);
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
