package io.agentstudio.logic.export;

import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs an export: loads and validates the workspace, lets the target's exporter write the files in memory, checks
 * them against the target's rules, compares them with the destination and its previous manifest, and then (unless it
 * is a dry run or something blocks it) commits them atomically. Every step feeds the report.
 */
public final class ExportService {
    private final Clock clock;
    private final String studioVersion;
    private final FileMover mover;
    private final Function<Path, StudioStateDirectory> stateOf;

    /** A service that keeps what it records about exports in each workspace's own {@code .agent-studio/}. */
    public ExportService(Clock clock, String studioVersion, FileMover mover) {
        this(clock, studioVersion, mover, StudioStateDirectory::new);
    }

    /**
     * @param stateOf where the records of a workspace's exports are kept, given its root (a test that exports a
     *                workspace it must not write to keeps them elsewhere)
     */
    public ExportService(Clock clock, String studioVersion, FileMover mover, Function<Path, StudioStateDirectory> stateOf) {
        this.clock = clock;
        this.studioVersion = studioVersion;
        this.mover = mover;
        this.stateOf = stateOf;
    }

    /** The studio's own service: the system clock, this build's version, atomic renames. */
    public static ExportService standard() {
        return new ExportService(Clock.systemUTC(), StudioVersion.current(), FileMover.ATOMIC);
    }

    /**
     * @throws NoSuchFileException    when the workspace is not a folder
     * @throws ExportWriteException   when writing failed (the destination is restored, and the message says so)
     * @throws IOException            for other failures to read or write
     */
    public ExportReport run(ExportRequest request, ExportProgress progress) throws IOException {
        progress.at("Loading and checking the workspace", 0.05);
        return run(request, PreparedWorkspace.load(request.workspace()), progress);
    }

    /** An export of a workspace already loaded and checked (several targets of one workspace, the corpus test). */
    public ExportReport run(ExportRequest request, PreparedWorkspace prepared, ExportProgress progress) throws IOException {
        ExportTarget target = request.target();
        Workspace workspace = prepared.workspace();
        List<String> notes = new ArrayList<>();
        List<AgentExport> agents = new ArrayList<>();
        List<WorkspaceAgent> taken = select(workspace, target, agents);

        progress.at("Checking the workspace", 0.3);
        List<ExportProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        validateSource(workspace, prepared.findings(), taken, request.failOn(), problems, warnings);

        PluginInfo plugin = pluginInfo(request, workspace, notes);
        SkillSelection.Result skillSelection = SkillSelection.of(workspace.skills(), taken, target);
        ExportSource source = new ExportSource(workspace.root().getFileName() == null ? "" : workspace.root().getFileName().toString(),
                sources(prepared.graph(), taken, target), skillSelection.shipped(), plugin);

        progress.at("Writing the " + target.displayName() + " files", 0.5);
        ExporterOutput output = Exporters.of(target).export(source);
        notes.addAll(output.notes());
        problems.addAll(output.problems());
        List<ExportedFile> files = new ArrayList<>(output.files());
        List<AgentExport> exported = new ArrayList<>(output.agents());
        dropClashes(files, exported, problems);
        agents.addAll(exported);
        agents.sort(Comparator.comparing(AgentExport::source));
        List<SkillExport> skills = new ArrayList<>(output.skills());
        skills.addAll(skillSelection.notShipped());
        skills.sort(Comparator.comparing(SkillExport::name).thenComparing(SkillExport::source));
        Set<String> skillFiles = new HashSet<>();
        skills.stream().filter(SkillExport::shipped).forEach(skill -> files.stream()
                .filter(file -> file.path().startsWith(skill.output())).forEach(file -> skillFiles.add(file.path())));

        progress.at("Checking the exported files against " + target.displayName() + "'s rules", 0.65);
        OutputCheck.Result checked = OutputCheck.check(files, skillFiles, target, request.failOn());
        problems.addAll(newInOutput(checked.problems(), problems, agents));
        // A file copied as written is checked twice (as source and as output) and would repeat its warnings.
        checked.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);

        ExportManifest draft = new ExportManifest(target.id(), studioVersion, ExportManifest.now(clock.instant()),
                files.stream().map(f -> new ExportManifest.Entry(f.path(), ExportManifest.sha256(f.bytes()))).toList());
        Path destination = request.destination() == null ? null : realDestination(request.destination());
        if (!request.dryRun()) {
            notes.addAll(recoverInterrupted(workspace.root()));
            if (destination != null) {
                notes.addAll(ExportCommit.recover(destination));
            }
        }
        DestinationPlan plan = destination == null ? null : DestinationPlan.of(destination, files, request.clean(), draft,
                records(workspace.root()).read(destination));
        List<FileChange> changes = plan == null ? files.stream().map(f -> new FileChange(f.path(), FileChange.Kind.CREATE, List.of())).toList()
                : plan.changes();
        if (plan != null) {
            problems.addAll(plan.problems());
            notes.addAll(plan.notes());
        }
        boolean blocked = !problems.isEmpty() && (!request.force() || problems.stream().anyMatch(p -> !p.forceable()));
        boolean forced = request.force() && !problems.isEmpty() && !blocked;
        ExportReport.Outcome outcome;
        if (blocked) {
            outcome = ExportReport.Outcome.BLOCKED;
        } else if (request.dryRun()) {
            outcome = ExportReport.Outcome.DRY_RUN;
        } else {
            progress.at("Writing into the destination", 0.8);
            outcome = write(request, destination, plan, files, workspace, notes);
        }
        progress.at("Done", 1.0);
        return new ExportReport(target, request.destination(), request.zip(), studioVersion, outcome, request.dryRun(), forced, agents,
                problems, warnings, changes, notes, skills);
    }

    private ExportReport.Outcome write(ExportRequest request, Path destination, DestinationPlan plan, List<ExportedFile> files,
                                       Workspace workspace, List<String> notes) throws IOException {
        boolean wrote = false;
        if (plan != null && !plan.nothingToWrite()) {
            ExportRecords records = records(workspace.root());
            boolean recorded = record(() -> records.beginCommit(destination, plan.recorded()), notes);
            new ExportCommit(mover).commit(destination, plan.steps());
            if (recorded) {
                record(() -> records.endCommit(destination, plan.recorded()), notes);
            }
            wrote = true;
        }
        if (request.zip() != null) {
            List<ExportedFile> zipped = new ArrayList<>(files);
            ExportManifest manifest = plan != null ? plan.manifest() : new ExportManifest(request.target().id(), studioVersion,
                    ExportManifest.now(clock.instant()), files.stream().map(f -> new ExportManifest.Entry(f.path(), ExportManifest.sha256(f.bytes()))).toList());
            zipped.add(new ExportedFile(ExportManifest.FILE_NAME, manifest.toBytes()));
            ZipExport.write(request.zip(), zipped);
            wrote = true;
        }
        if (request.target() == ExportTarget.CLAUDE_PLUGIN && request.plugin() != null) {
            new PluginInfoStore(workspace.studioState()).write(request.plugin());
        }
        return wrote ? ExportReport.Outcome.WRITTEN : ExportReport.Outcome.UNCHANGED;
    }

    /**
     * Completes or rolls back the exports of this workspace that a killed process left half written (see
     * {@link ExportCommit}); the studio calls it when it opens a workspace, and every export does. One line per export.
     */
    public List<String> recoverInterrupted(Path workspace) throws IOException {
        ExportRecords records = records(workspace);
        List<String> notes = new ArrayList<>();
        for (Path destination : records.pending()) {
            notes.addAll(ExportCommit.recover(destination));
            if (!ExportCommit.hasStaging(destination)) {
                records.recovered(destination);
            }
        }
        return notes;
    }

    private interface RecordWrite {
        void run() throws IOException;
    }

    /**
     * Writes the workspace's record of an export. A workspace that cannot be written to (a read-only checkout) still
     * exports; only the proof for a later {@code --clean} is missing, and the report says so.
     */
    private static boolean record(RecordWrite write, List<String> notes) {
        try {
            write.run();
            return true;
        } catch (IOException e) {
            notes.add("The record of this export in the workspace's .agent-studio/exports could not be written (" + e.getMessage()
                    + "); a later --clean will leave these files in place.");
            return false;
        }
    }

    private ExportRecords records(Path workspace) {
        return new ExportRecords(stateOf.apply(workspace));
    }

    /**
     * The agents the export takes: Claude Code agents (translated) and agents already written for the target (copied);
     * where both exist under one name, the target's own. The others are reported as skipped.
     */
    private static List<WorkspaceAgent> select(Workspace workspace, ExportTarget target, List<AgentExport> skipped) {
        Map<String, WorkspaceAgent> byName = new LinkedHashMap<>();
        for (WorkspaceAgent agent : sorted(workspace.agents())) {
            boolean own = target.dialect().filter(d -> d == agent.dialect()).isPresent();
            if (!own && agent.dialect() != Dialect.CLAUDE_CODE) {
                skipped.add(AgentExport.skipped(agent.name(), slashes(agent.relativePath()), "it is written for "
                        + agent.dialect().displayName() + "; exports translate Claude Code agents (and copy the target's own)"));
                continue;
            }
            String key = agent.name() + "\u0000" + agent.relativePath();
            if (target.dialect().isPresent() && target.dialect().get() != Dialect.CLAUDE_CODE) {
                key = agent.name();
                WorkspaceAgent other = byName.get(key);
                if (other != null) {
                    WorkspaceAgent keep = own ? agent : other;
                    WorkspaceAgent drop = own ? other : agent;
                    byName.put(key, keep);
                    String why = keep.dialect() == drop.dialect()
                            ? "another agent has this name (" + slashes(keep.relativePath()) + ") and is exported"
                            : "the workspace also has a " + keep.dialect().displayName() + " version of this agent ("
                            + slashes(keep.relativePath()) + "), which is exported";
                    skipped.add(AgentExport.skipped(drop.name(), slashes(drop.relativePath()), why));
                    continue;
                }
            }
            byName.put(key, agent);
        }
        return List.copyOf(byName.values());
    }

    private static List<WorkspaceAgent> sorted(List<WorkspaceAgent> agents) {
        return agents.stream().sorted(Comparator.comparing(a -> slashes(a.relativePath()))).toList();
    }

    private static void validateSource(Workspace workspace, List<Finding> findings, List<WorkspaceAgent> taken, Severity failOn,
                                       List<ExportProblem> problems, List<String> warnings) {
        Set<Path> skippedFiles = new HashSet<>();
        for (WorkspaceAgent agent : workspace.agents()) {
            if (!taken.contains(agent)) {
                skippedFiles.add(agent.path());
            }
        }
        for (Finding finding : findings) {
            if (finding.file() != null && skippedFiles.contains(finding.file())) {
                continue;
            }
            String where = finding.file() == null ? "" : slashes(workspace.root().relativize(finding.file()));
            String message = Math.max(finding.problem().line(), 1) + ": " + finding.ruleId() + ": " + finding.problem().message();
            if (finding.severity().atLeast(failOn)) {
                problems.add(new ExportProblem(ExportProblem.Kind.SOURCE, where, message, true));
            } else if (finding.severity() != Severity.INFO) {
                warnings.add(where + ":" + message);
            }
        }
    }

    /** Each taken agent with the names of the taken agents it delegates to or may start, in the order written. */
    private static List<SourceAgent> sources(DelegationGraph graph, List<WorkspaceAgent> taken, ExportTarget target) {
        Map<String, WorkspaceAgent> byNodeId = new HashMap<>();
        taken.forEach(agent -> byNodeId.put(GraphNode.agent(agent.relativePath(), agent.name(), agent.dialect()).id(), agent));
        Map<String, Set<String>> delegations = new HashMap<>();
        for (GraphEdge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.MENTIONS || edge.to().isGhost()) {
                continue;
            }
            WorkspaceAgent from = byNodeId.get(edge.from().id());
            WorkspaceAgent to = byNodeId.get(edge.to().id());
            if (from != null && to != null && from != to) {
                delegations.computeIfAbsent(edge.from().id(), k -> new LinkedHashSet<>()).add(to.name());
            }
        }
        List<SourceAgent> sources = new ArrayList<>();
        for (WorkspaceAgent agent : taken) {
            String id = GraphNode.agent(agent.relativePath(), agent.name(), agent.dialect()).id();
            sources.add(new SourceAgent(agent, agent.name(), List.copyOf(delegations.getOrDefault(id, Set.of())),
                    target.copiesAsWritten(agent.dialect())));
        }
        return sources;
    }

    /**
     * The problems the output check found that the workspace check did not already report for the agent's source file
     * (a file copied as written breaks the same rules in both places; saying it twice helps no one).
     */
    private static List<ExportProblem> newInOutput(List<ExportProblem> found, List<ExportProblem> known, List<AgentExport> agents) {
        Map<String, String> sourceOf = new HashMap<>();
        agents.stream().filter(AgentExport::exported).forEach(agent -> sourceOf.put(agent.output(), agent.source()));
        Set<String> knownKeys = new HashSet<>();
        known.forEach(problem -> knownKeys.add(problem.file() + "\u0000" + withoutLine(problem.message())));
        return found.stream().filter(problem -> !knownKeys.contains(sourceOf.getOrDefault(problem.file(), problem.file())
                + "\u0000" + withoutLine(problem.message()))).toList();
    }

    /** "12: rule-id: message" without its line number, which moves when a translation rewrites the frontmatter. */
    private static String withoutLine(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.substring(0, colon).chars().allMatch(Character::isDigit) ? message.substring(colon + 2) : message;
    }

    private static PluginInfo pluginInfo(ExportRequest request, Workspace workspace, List<String> notes) throws IOException {
        if (request.target() != ExportTarget.CLAUDE_PLUGIN) {
            return null;
        }
        if (request.plugin() != null) {
            return request.plugin();
        }
        return new PluginInfoStore(workspace.studioState()).read().orElseGet(() -> {
            String folder = workspace.root().getFileName() == null ? "agents" : workspace.root().getFileName().toString();
            notes.add("plugin.json was filled with defaults (name " + PluginInfo.slug(folder) + ", version 0.1.0): set the"
                    + " plugin's name, version, description and author in the studio's export dialog or with the --plugin-* options;"
                    + " they are kept in .agent-studio/export-plugin.json.");
            return PluginInfo.defaultsFor(folder);
        });
    }

    /**
     * Two agents writing one file (the same name, or names that differ only in case, which clash on Windows and macOS):
     * the first in path order is exported, the others are skipped, and the clash blocks the export unless forced.
     */
    private static void dropClashes(List<ExportedFile> files, List<AgentExport> agents, List<ExportProblem> problems) {
        Map<String, String> seen = new HashMap<>();
        Set<String> dropped = new HashSet<>();
        List<ExportedFile> kept = new ArrayList<>();
        for (ExportedFile file : files) {
            String key = file.path().toLowerCase(Locale.ROOT);
            String first = seen.putIfAbsent(key, file.path());
            if (first == null) {
                kept.add(file);
            } else {
                dropped.add(key);
            }
        }
        if (dropped.isEmpty()) {
            return;
        }
        files.clear();
        files.addAll(kept);
        Set<String> claimed = new HashSet<>();
        for (int i = 0; i < agents.size(); i++) {
            AgentExport agent = agents.get(i);
            String key = agent.output().toLowerCase(Locale.ROOT);
            if (agent.exported() && dropped.contains(key) && !claimed.add(key)) {
                String why = "another agent is exported to " + seen.get(key) + " (names that differ only in case clash on Windows and macOS)";
                agents.set(i, AgentExport.skipped(agent.name(), agent.source(), why));
                problems.add(new ExportProblem(ExportProblem.Kind.PATH, agent.source(), "The agent `" + agent.name()
                        + "` is not exported: " + why + ". Rename one of them.", true));
            }
        }
    }

    /** The destination with links resolved, so that "inside" means inside the real folder. */
    private static Path realDestination(Path destination) throws IOException {
        Path absolute = destination.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new NotDirectoryException(destination.toString());
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
