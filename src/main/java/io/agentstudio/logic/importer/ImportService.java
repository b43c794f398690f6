package io.agentstudio.logic.importer;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.AtomicFileWriter;
import io.agentstudio.logic.workspace.PortableFileNames;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs an import: finds the tool's agent files, converts each to a Claude Code file, checks the files with the
 * studio's Claude Code rules (an agent whose file would break one at error level is not imported, and the report says
 * which rule), refuses names that clash or files that exist in the destination (unless asked to overwrite), and
 * writes each file atomically. An agent that cannot be imported never stops the others.
 */
public final class ImportService {

    /**
     * @throws NoSuchFileException when the source folder does not exist
     * @throws IOException         when reading or writing fails
     */
    public ImportReport run(ImportRequest request) throws IOException {
        if (!Files.isDirectory(request.source())) {
            throw new NoSuchFileException(request.source().toString(), null, "not a folder");
        }
        AgentImporter importer = importerFor(request.from());
        Path folder = request.from().agentsFolder(request.source());
        List<String> notes = new ArrayList<>();
        if (!importer.note().isEmpty()) {
            notes.add(importer.note());
        }
        List<ImportedAgent> agents = new ArrayList<>();
        for (FoundAgent found : SourceFiles.find(request.from(), request.source())) {
            agents.add(convert(importer, found));
        }
        if (agents.isEmpty()) {
            notes.add("No " + request.from().displayName() + " agent files (" + request.from().folders().get(0) + "/*"
                    + request.from().extension() + ") were found in " + folder + ".");
        }
        refuseClashes(agents);
        List<String> warnings = new ArrayList<>();
        checkWithClaudeRules(agents, warnings);
        refuseExisting(agents, request);
        if (!request.dryRun()) {
            write(agents, request);
        }
        return new ImportReport(request.from(), folder, request.destination(), !request.dryRun(), agents, warnings, notes);
    }

    static AgentImporter importerFor(ImportSource source) {
        return switch (source) {
            case OPENCODE -> new OpenCodeImporter();
            case COPILOT -> new CopilotImporter();
            case GEMINI -> new GeminiImporter();
            case CODEX -> new CodexImporter();
            case CURSOR -> new CursorImporter();
            case CLAUDE_PLUGIN -> new ClaudePluginImporter();
        };
    }

    private static ImportedAgent convert(AgentImporter importer, FoundAgent found) {
        try {
            if (Files.size(found.file()) > WorkspaceLoader.MAX_FILE_BYTES) {
                return ImportedAgent.refused(found.relative(), "it is larger than " + WorkspaceLoader.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB, more than the studio reads as an agent file");
            }
            ImportedAgent agent = importer.convert(found, Files.readAllBytes(found.file()));
            return PortableFileNames.problem(agent.file()).map(why -> agent.refusing("its file name " + agent.file()
                    + " cannot be a file name everywhere: " + why + "; rename the agent")).orElse(agent);
        } catch (AgentNotImportedException e) {
            return ImportedAgent.refused(found.relative(), e.getMessage());
        } catch (IOException e) {
            return ImportedAgent.refused(found.relative(), "it cannot be read: " + e.getMessage());
        }
    }

    /**
     * Two agents of one import that would write one file (equal but for case, which clashes on Windows and macOS) or
     * have one name (Claude Code would load one of them, which is undefined): the first is taken.
     */
    private static void refuseClashes(List<ImportedAgent> agents) {
        Map<String, String> files = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < agents.size(); i++) {
            ImportedAgent agent = agents.get(i);
            if (!agent.imported()) {
                continue;
            }
            String sameFile = files.putIfAbsent(agent.file().toLowerCase(Locale.ROOT), agent.source());
            String sameName = sameFile != null ? null : names.putIfAbsent(agent.name(), agent.source());
            if (sameFile != null) {
                agents.set(i, agent.refusing("its Claude Code file " + agent.file() + " is also the file of " + sameFile
                        + ", imported first; rename one of them"));
            } else if (sameName != null) {
                agents.set(i, agent.refusing("its name " + agent.name() + " is also the name of " + sameName
                        + ", imported first; rename one of them"));
            }
        }
    }

    /**
     * Writes the files in a scratch project's {@code .claude/agents} and validates them together (so delegations between
     * them resolve) with the studio's rules: an error refuses the agent, a warning is reported.
     */
    private static void checkWithClaudeRules(List<ImportedAgent> agents, List<String> warnings) throws IOException {
        Path scratch = Files.createTempDirectory("agent-studio-import-check");
        try {
            Path folder = scratch.resolve(".claude/agents");
            Files.createDirectories(folder);
            for (ImportedAgent agent : agents) {
                if (agent.imported()) {
                    Files.write(folder.resolve(agent.file()), agent.bytes());
                }
            }
            Workspace loaded = WorkspaceLoader.load(scratch);
            Map<String, List<String>> errors = new HashMap<>();
            for (Finding finding : WorkspaceValidation.of(loaded, RuleCatalog.standard()).findings()) {
                if (finding.file() == null) {
                    continue;
                }
                String file = finding.file().getFileName().toString();
                String line = "line " + Math.max(finding.problem().line(), 1) + ": " + finding.ruleId() + ": " + finding.problem().message();
                if (finding.severity() == Severity.ERROR) {
                    errors.computeIfAbsent(file, k -> new ArrayList<>()).add(line);
                } else if (finding.severity() == Severity.WARNING) {
                    warnings.add(file + ": " + line);
                }
            }
            for (int i = 0; i < agents.size(); i++) {
                List<String> broken = errors.get(agents.get(i).file());
                if (agents.get(i).imported() && broken != null) {
                    agents.set(i, agents.get(i).refusing("the Claude Code file it would become breaks the studio's rules: "
                            + String.join("; ", broken)));
                }
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * A file of the same name in the destination is left as it is unless overwriting was asked for; an agent of the
     * same name in another file there would be a second definition of it, which Claude Code loads one of at random.
     */
    private static void refuseExisting(List<ImportedAgent> agents, ImportRequest request) throws IOException {
        Map<String, String> existingNames = agentNamesIn(request.destination());
        for (int i = 0; i < agents.size(); i++) {
            ImportedAgent agent = agents.get(i);
            if (!agent.imported()) {
                continue;
            }
            boolean fileExists = Files.exists(request.destination().resolve(agent.file()));
            String other = existingNames.get(agent.name());
            if (fileExists && !request.overwrite()) {
                agents.set(i, agent.refusing(agent.file() + " already exists in " + request.destination()
                        + "; it is left as it is (import with overwrite to replace it)"));
            } else if (other != null && !other.equals(agent.file())) {
                agents.set(i, agent.refusing(other + " in " + request.destination() + " already defines an agent named "
                        + agent.name() + "; rename one of them"));
            }
        }
    }

    /** The names of the Claude Code agents already in a folder (and below it, as Claude Code reads), by name. */
    private static Map<String, String> agentNamesIn(Path folder) throws IOException {
        Map<String, String> names = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList()) {
                if (Files.size(file) > WorkspaceLoader.MAX_FILE_BYTES) {
                    continue;
                }
                AgentFileParser.parse(Files.readAllBytes(file)).string("name")
                        .ifPresent(name -> names.putIfAbsent(name, folder.relativize(file).toString().replace('\\', '/')));
            }
        }
        return names;
    }

    private static void write(List<ImportedAgent> agents, ImportRequest request) throws IOException {
        if (agents.stream().noneMatch(ImportedAgent::imported)) {
            return;
        }
        Files.createDirectories(request.destination());
        for (int i = 0; i < agents.size(); i++) {
            ImportedAgent agent = agents.get(i);
            if (!agent.imported()) {
                continue;
            }
            try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(request.destination().resolve(agent.file()), agent.bytes())) {
                if (request.overwrite()) {
                    pending.commit();
                } else if (!pending.commitNew()) {
                    agents.set(i, agent.refusing(agent.file() + " appeared in " + request.destination()
                            + " while importing; it is left as it is"));
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
