package io.agentstudio.cli;

import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.validation.cache.BuildIdentity;
import io.agentstudio.logic.validation.cache.CachedValidation;
import io.agentstudio.logic.validation.cache.ValidationCache;
import io.agentstudio.logic.validation.cache.WorkspaceFingerprint;
import io.agentstudio.logic.validation.cache.WorkspaceFingerprint.Fingerprint;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One folder of {@code validate --cache}: its fingerprint now, and what its cache kept from the last run. When the
 * two agree, the folder's report is the one printed then (same command) or the result kept then; otherwise the folder
 * is validated and the cache replaced. The fingerprint is taken again after validating, and the result is kept only
 * when the two agree: a file changed meanwhile must not have its new findings stored under its old content.
 */
final class CachedFolder {
    private final Path given;
    private final Path root;
    private final WorkspaceScanner.Scan scan;
    private final Optional<String> build;
    private final Optional<Fingerprint> now;
    private final Optional<ValidationCache.Stored> hit;

    private CachedFolder(Path given, Path root, WorkspaceScanner.Scan scan, Optional<String> build,
                         Optional<Fingerprint> now, Optional<ValidationCache.Stored> hit) {
        this.given = given;
        this.root = root;
        this.scan = scan;
        this.build = build;
        this.now = now;
        this.hit = hit;
    }

    /** Looks at the folder {@code given} (absolute {@code root}) and at its cache. */
    static CachedFolder open(Path given, Path root) throws IOException {
        WorkspaceScanner.Scan scan = WorkspaceScanner.scan(root);
        Optional<String> build = BuildIdentity.current();
        if (build.isEmpty()) {
            return new CachedFolder(given, root, scan, build, Optional.empty(), Optional.empty());
        }
        Optional<ValidationCache.Stored> stored = ValidationCache.read(root);
        Fingerprint now = WorkspaceFingerprint.of(root, scan, build.get(),
                stored.map(ValidationCache.Stored::fingerprint).orElse(Fingerprint.none()));
        return new CachedFolder(given, root, scan, build, Optional.of(now),
                stored.filter(kept -> kept.fingerprint().key().equals(now.key())));
    }

    /** The report {@code command} printed of this very folder last time, and the severities it found. */
    Optional<Map.Entry<String, Set<Severity>>> printed(String command) {
        return hit.flatMap(kept -> Optional.ofNullable(kept.printed().get(command)).map(text -> Map.entry(text, kept.found())));
    }

    /** The folder's result: kept from the last run when nothing changed, else validated now. */
    ValidatedRoot validated(Supplier<RuleCatalog> rules) throws IOException {
        Optional<CachedValidation> kept = hit.flatMap(stored -> stored.result().get());
        if (kept.isPresent()) {
            return new ValidatedRoot(given, root, kept.get().agentCount(), kept.get().skillCount(), kept.get().findings());
        }
        return ValidatedRoot.of(given, root, WorkspaceValidation.once(root, scan, rules.get()));
    }

    /**
     * After a run answered from the kept report: when the fingerprint had to be taken again by reading the files (their
     * stats changed but not their contents, or they were modified too close to the last reading to trust their times)
     * and the new one can be trusted, keeps it, so that the next run is answered from the files' stats alone.
     */
    void refresh(Consumer<String> warn) throws IOException {
        if (hit.isEmpty() || now.isEmpty() || now.get() == hit.get().fingerprint()) {
            return;
        }
        WorkspaceFingerprint.Stats stats = WorkspaceFingerprint.stats(root, scan.walk(), build.orElseThrow());
        Optional<CachedValidation> result = hit.get().result().get();
        if (result.isPresent() && WorkspaceFingerprint.stands(stats, now.get().statKey(), now.get().takenAt())) {
            write(result.get(), hit.get().printed(), warn);
        }
    }

    /**
     * Keeps {@code validated}, and the report {@code command} printed of it when there is one, for the next run; says
     * on {@code warn} when the cache cannot be written (the results printed are whole all the same).
     */
    void keep(ValidatedRoot validated, String command, String report, Consumer<String> warn) throws IOException {
        if (now.isEmpty()) {
            return;
        }
        Map<String, String> printed = new HashMap<>(hit.map(ValidationCache.Stored::printed).orElse(Map.of()));
        if (command != null) {
            printed.put(command, report);
        }
        if (hit.isEmpty() && !WorkspaceFingerprint.of(root, WorkspaceScanner.scan(root), build.orElseThrow(), now.get())
                .key().equals(now.get().key())) {
            return;
        }
        write(new CachedValidation(validated.agentCount(), validated.skillCount(), validated.findings()), printed, warn);
    }

    private void write(CachedValidation result, Map<String, String> printed, Consumer<String> warn) {
        try {
            ValidationCache.write(root, now.orElseThrow(), result, printed);
        } catch (IOException | IllegalArgumentException e) {
            warn.accept(given + ": the validation cache cannot be written (" + e.getMessage() + "); the results are whole.");
        }
    }
}
