package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.validation.ReportedFinding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.validation.cache.BuildIdentity;
import io.agentstudio.logic.validation.cache.CachedValidation;
import io.agentstudio.logic.validation.cache.ValidationCache;
import io.agentstudio.logic.validation.cache.WorkspaceFingerprint;
import io.agentstudio.logic.validation.cache.WorkspaceFingerprint.Fingerprint;
import io.agentstudio.logic.workspace.AgentFileReader;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One PATH of {@code validate}, validated: a folder as a workspace (its {@code .agent-studio/rules.yaml} applies), a
 * file on its own. Knows how to show the files it found: as typed on the command line, and relative to its root.
 */
record ValidatedRoot(Path shownRoot, Path root, int agentCount, List<ReportedFinding> findings) {

    /**
     * @param cached a folder's result is read from, and kept in, its validation cache ({@code --cache})
     * @param warn   where a cache that cannot be written is said (the validation itself still counts)
     */
    static ValidatedRoot of(Path given, Supplier<RuleCatalog> rules, boolean cached, Consumer<String> warn) {
        AgentFiles.requireExists(given);
        Path absolute = given.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(absolute)) {
                return cached ? cachedFolder(given, absolute, rules, warn)
                        : of(given, absolute, WorkspaceValidation.of(WorkspaceLoader.load(absolute), rules.get()));
            }
            Path shownFolder = given.getParent() == null ? Path.of("") : given.getParent();
            return of(shownFolder, absolute.getParent(), WorkspaceValidation.of(singleFile(absolute), rules.get()));
        } catch (IOException e) {
            throw new CliFailure(given + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static ValidatedRoot of(Path shownRoot, Path root, WorkspaceValidation validation) {
        return new ValidatedRoot(shownRoot, root, validation.agentCount(),
                validation.findings().stream().map(ReportedFinding::of).toList());
    }

    /**
     * The folder's result from the cache when its fingerprint is unchanged; else validated and kept. The fingerprint
     * is taken again after validating, and a result is kept only when the two agree: a file changed meanwhile must
     * not have its new findings stored under its old content.
     */
    private static ValidatedRoot cachedFolder(Path given, Path root, Supplier<RuleCatalog> rules, Consumer<String> warn)
            throws IOException {
        WorkspaceScanner.Scan scan = WorkspaceScanner.scan(root);
        Optional<String> build = BuildIdentity.current();
        if (build.isEmpty()) {
            return of(given, root, WorkspaceValidation.of(WorkspaceLoader.load(root, scan), rules.get()));
        }
        Optional<ValidationCache.Stored> stored = ValidationCache.read(root);
        Fingerprint now = WorkspaceFingerprint.of(root, scan, build.get(),
                stored.map(ValidationCache.Stored::fingerprint).orElse(Fingerprint.none()));
        if (stored.isPresent() && stored.get().fingerprint().key().equals(now.key())) {
            CachedValidation hit = stored.get().result();
            return new ValidatedRoot(given, root, hit.agentCount(), hit.findings());
        }
        ValidatedRoot validated = of(given, root, WorkspaceValidation.of(WorkspaceLoader.load(root, scan), rules.get()));
        if (WorkspaceFingerprint.of(root, WorkspaceScanner.scan(root), build.get(), now).key().equals(now.key())) {
            try {
                ValidationCache.write(root, now, new CachedValidation(validated.agentCount(), validated.findings()));
            } catch (IOException | IllegalArgumentException e) {
                warn.accept(given + ": the validation cache cannot be written (" + e.getMessage() + "); the results are whole.");
            }
        }
        return validated;
    }

    /** A file named on the command line is checked even where a scan would pass it by (no frontmatter, not in agents/). */
    private static Workspace singleFile(Path file) throws IOException {
        Path folder = file.getParent();
        AgentFileReader.Read read = AgentFileReader.read(file);
        if (read.refused()) {
            return new Workspace(folder, List.of(), List.of(read.refusal()));
        }
        WorkspaceAgent agent = new WorkspaceAgent(file, file.getFileName(), SetCommand.dialectOf(file),
                AgentFileParser.parse(read.bytes()), read.stamp());
        return new Workspace(folder, List.of(agent), List.of());
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
