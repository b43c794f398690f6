package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.validation.ReportedFinding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.AgentFileReader;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceScanner;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One PATH of {@code validate}, validated: a folder as a workspace (its {@code .agent-studio/rules.yaml} applies), a
 * file on its own. Knows how to show the files it found: as typed on the command line, and relative to its root.
 */
record ValidatedRoot(Path shownRoot, Path root, int agentCount, int skillCount, List<ReportedFinding> findings) {

    /** {@code given}, a folder or a file, validated now. */
    static ValidatedRoot of(Path given, Supplier<RuleCatalog> rules) {
        return of(given, rules, Optional.empty());
    }

    /** {@code given} validated now; a folder with the user agents of {@code userHome} beside its own, when given. */
    static ValidatedRoot of(Path given, Supplier<RuleCatalog> rules, Optional<Path> userHome) {
        AgentFiles.requireExists(given);
        Path absolute = given.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(absolute)) {
                return of(given, absolute, WorkspaceValidation.once(absolute, WorkspaceScanner.scan(absolute), rules.get(), userHome));
            }
            Path shownFolder = given.getParent() == null ? Path.of("") : given.getParent();
            return of(shownFolder, absolute.getParent(), WorkspaceValidation.of(singleFile(absolute), rules.get()));
        } catch (IOException e) {
            throw new CliFailure(given + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    static ValidatedRoot of(Path shownRoot, Path root, WorkspaceValidation validation) {
        return new ValidatedRoot(shownRoot, root, validation.agentCount(), validation.skillCount(),
                validation.findings().stream().map(ReportedFinding::of).toList());
    }

    /** A file named on the command line is checked even where a scan would pass it by (no frontmatter, not in agents/). */
    private static Workspace singleFile(Path file) throws IOException {
        Path folder = file.getParent();
        AgentFileReader.Read read = AgentFileReader.read(file);
        if (read.refused()) {
            return new Workspace(folder, List.of(), List.of(), List.of(read.refusal()));
        }
        WorkspaceAgent agent = new WorkspaceAgent(file, file.getFileName(), SetCommand.dialectOf(file),
                AgentFileParser.parse(read.bytes()), read.stamp());
        return new Workspace(folder, List.of(agent), List.of(), List.of());
    }

    /** The file as the user would type it: the folder as given on the command line, then the path inside it. */
    String display(Path file) {
        if (file == null) {
            return shownRoot.toString();
        }
        return file.startsWith(root) ? shownRoot.resolve(root.relativize(file)).toString() : file.toString();
    }

    /** False for a file outside the root: a user agent, which is shown by its own path. */
    boolean contains(Path file) {
        return file == null || file.startsWith(root);
    }

    /** The file relative to the root, with forward slashes, as a URI reference (SARIF). */
    String relativeUri(Path file) {
        Path relative = file == null ? Path.of("") : root.relativize(file);
        StringBuilder uri = new StringBuilder();
        for (Path part : relative) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return uri.toString();
    }
}
