package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.FileStamp;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One PATH of {@code validate}, validated: a folder as a workspace (its {@code .agent-studio/rules.yaml} applies), a
 * file on its own. Knows how to show the files it found: as typed on the command line, and relative to its root.
 */
record ValidatedRoot(Path shownRoot, Path root, WorkspaceValidation validation) {

    static ValidatedRoot of(Path given, RuleCatalog rules) {
        AgentFiles.requireExists(given);
        Path absolute = given.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(absolute)) {
                return new ValidatedRoot(given, absolute, WorkspaceValidation.of(WorkspaceLoader.load(absolute), rules));
            }
            Path shownFolder = given.getParent() == null ? Path.of("") : given.getParent();
            return new ValidatedRoot(shownFolder, absolute.getParent(), WorkspaceValidation.of(singleFile(absolute), rules));
        } catch (IOException e) {
            throw new CliFailure(given + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A file named on the command line is checked even where a scan would pass it by (no frontmatter, not in agents/). */
    private static Workspace singleFile(Path file) throws IOException {
        Path folder = file.getParent();
        Optional<Problem> notRegular = AgentFiles.notRegularFile(file);
        if (notRegular.isPresent()) {
            return new Workspace(folder, List.of(), List.of(notRegular.get()));
        }
        FileStamp stamp = FileStamp.of(file);
        if (stamp.size() > WorkspaceLoader.MAX_FILE_BYTES) {
            return new Workspace(folder, List.of(), List.of(new Problem(WorkspaceLoader.TOO_LARGE_RULE, Severity.ERROR,
                    String.format(Locale.ROOT, "The file is %.1f MB; agent files over %d MB are not opened.", stamp.size() / 1048576.0,
                            WorkspaceLoader.MAX_FILE_BYTES / 1048576), file, 0, 0, null)));
        }
        WorkspaceAgent agent = new WorkspaceAgent(file, file.getFileName(), SetCommand.dialectOf(file),
                AgentFileParser.parse(Files.readAllBytes(file)), stamp);
        return new Workspace(folder, List.of(agent), List.of());
    }

    List<Finding> findings() {
        return validation.findings();
    }

    /** The file as the user would type it: the folder as given on the command line, then the path inside it. */
    String display(Path file) {
        if (file == null) {
            return shownRoot.toString();
        }
        return file.startsWith(root) ? shownRoot.resolve(root.relativize(file)).toString() : file.toString();
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
