package io.agentstudio.logic.export;

import io.agentstudio.logic.agentfile.LosslessText;
import io.agentstudio.logic.agentfile.TextComparison;
import io.agentstudio.logic.validation.rules.Secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an export would do to its destination: per file create, change, leave, remove or keep, compared with what is
 * there and with the previous export's manifest. A file the previous export did not write is never overwritten, and
 * one it wrote but someone edited since is overwritten only when forced and never removed. {@code --clean} removes a
 * file only when the workspace's own record ({@link ExportRecords}) proves an export of it wrote those very bytes: the
 * manifest lies in the destination, where anyone can write one.
 */
final class DestinationPlan {
    private final Path root;
    private final List<FileChange> changes = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<ExportProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ExportManifest.Entry> entries = new ArrayList<>();
    private final List<ExportManifest.Entry> recorded = new ArrayList<>();
    private final Map<String, Set<String>> proven;
    private ExportManifest previous;
    private ExportManifest manifest;

    /** One write of the commit: a file to create or replace with {@code bytes}, or (bytes null) to remove. */
    record Step(String path, Path file, byte[] bytes, FileChange.Kind kind) {
    }

    private DestinationPlan(Path root, Map<String, Set<String>> proven) {
        this.root = root;
        this.proven = proven;
    }

    /**
     * @param root   the destination as a real path (links resolved), existing or not
     * @param proven per path, the SHA-256 of the bytes this workspace's exports are recorded to have written there
     */
    static DestinationPlan of(Path root, List<ExportedFile> files, boolean clean, ExportManifest draftManifest,
                              Map<String, Set<String>> proven) throws IOException {
        DestinationPlan plan = new DestinationPlan(root, proven);
        plan.readPrevious();
        Set<String> exported = new HashSet<>();
        for (ExportedFile file : files) {
            exported.add(file.path());
            plan.planFile(file);
        }
        if (plan.previous != null) {
            for (ExportManifest.Entry old : plan.previous.files()) {
                if (!exported.contains(old.path()) && !old.path().equals(ExportManifest.FILE_NAME)) {
                    plan.planLeftover(old, clean);
                }
            }
        }
        plan.planManifest(draftManifest);
        return plan;
    }

    List<FileChange> changes() {
        return List.copyOf(changes);
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    List<ExportProblem> problems() {
        return List.copyOf(problems);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The manifest this export leaves behind (written only when something changed). */
    ExportManifest manifest() {
        return manifest;
    }

    /** What the workspace's record says after this export is written: the files it wrote, and the proven ones it kept. */
    List<ExportManifest.Entry> recorded() {
        return List.copyOf(recorded);
    }

    boolean nothingToWrite() {
        return steps.isEmpty();
    }

    private void readPrevious() throws IOException {
        Path file = root.resolve(ExportManifest.FILE_NAME);
        if (Files.isSymbolicLink(file)) {
            problems.add(new ExportProblem(ExportProblem.Kind.DESTINATION, ExportManifest.FILE_NAME,
                    "is a symbolic link; the export does not replace links", false));
            return;
        }
        if (!Files.isRegularFile(file)) {
            return;
        }
        Optional<ExportManifest> read = ExportManifest.parse(Files.readAllBytes(file));
        if (read.isEmpty()) {
            problems.add(new ExportProblem(ExportProblem.Kind.DESTINATION, ExportManifest.FILE_NAME,
                    "exists but is not an export manifest; the export does not overwrite it. Move it away or choose another folder.", false));
            return;
        }
        previous = read.get();
        for (ExportManifest.Entry entry : previous.files()) {
            if (SafePaths.problem(entry.path()).isPresent()) {
                problems.add(new ExportProblem(ExportProblem.Kind.DESTINATION, ExportManifest.FILE_NAME,
                        "lists `" + entry.path() + "`, which is outside the folder; the manifest was not written by the studio", false));
            }
        }
    }

    private void planFile(ExportedFile file) throws IOException {
        SafePaths.Resolved resolved = SafePaths.resolveInside(root, file.path());
        if (!resolved.ok()) {
            problems.add(new ExportProblem(ExportProblem.Kind.DESTINATION, file.path(), resolved.problem(), false));
            return;
        }
        ExportManifest.Entry entry = new ExportManifest.Entry(file.path(), ExportManifest.sha256(file.bytes()));
        entries.add(entry);
        Path target = resolved.file();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            recorded.add(entry);
            changes.add(new FileChange(file.path(), FileChange.Kind.CREATE, List.of()));
            steps.add(new Step(file.path(), target, file.bytes(), FileChange.Kind.CREATE));
            return;
        }
        byte[] current = Files.readAllBytes(target);
        if (Arrays.equals(current, file.bytes())) {
            // Equal bytes someone else put there are not the export's to claim: recorded only when proven before.
            if (proven(file.path(), entry.sha256())) {
                recorded.add(entry);
            }
            changes.add(new FileChange(file.path(), FileChange.Kind.UNCHANGED, List.of()));
            return;
        }
        recorded.add(entry);
        Optional<ExportManifest.Entry> listed = previous == null ? Optional.empty() : previous.entry(file.path());
        if (listed.isEmpty()) {
            problems.add(new ExportProblem(ExportProblem.Kind.DESTINATION, file.path(),
                    "exists and was not written by an earlier export; the export does not overwrite it. Move it away or choose another folder.", false));
        } else if (!listed.get().sha256().equals(ExportManifest.sha256(current))) {
            problems.add(new ExportProblem(ExportProblem.Kind.DESTINATION, file.path(),
                    "was edited since the last export; exporting again overwrites those edits (use force to do so)", true));
        }
        changes.add(new FileChange(file.path(), FileChange.Kind.CHANGE, diff(file.path(), current, file.bytes())));
        steps.add(new Step(file.path(), target, file.bytes(), FileChange.Kind.CHANGE));
    }

    private void planLeftover(ExportManifest.Entry old, boolean clean) throws IOException {
        SafePaths.Resolved resolved = SafePaths.resolveInside(root, old.path());
        if (!resolved.ok() || !Files.isRegularFile(resolved.file(), LinkOption.NOFOLLOW_LINKS)) {
            return; // gone (or no longer a file of ours): nothing to clean, and the new manifest forgets it
        }
        String current = ExportManifest.sha256(Files.readAllBytes(resolved.file()));
        boolean provenOurs = proven(old.path(), current);
        if (clean && provenOurs) {
            changes.add(new FileChange(old.path(), FileChange.Kind.REMOVE, List.of()));
            steps.add(new Step(old.path(), resolved.file(), null, FileChange.Kind.REMOVE));
            return;
        }
        changes.add(new FileChange(old.path(), FileChange.Kind.KEEP, List.of()));
        entries.add(old);
        if (provenOurs) {
            recorded.add(new ExportManifest.Entry(old.path(), current));
        }
        if (!clean) {
            return;
        }
        if (current.equals(old.sha256())) {
            notes.add(old.path() + " is listed in " + ExportManifest.FILE_NAME + ", but this workspace has no record of"
                    + " exporting it there (exported from another workspace or by an older studio, or the manifest is not the"
                    + " studio's); --clean leaves it in place. Remove it by hand if it is not needed.");
        } else {
            notes.add(old.path() + " was written by an earlier export but edited since; --clean leaves it in place.");
        }
    }

    private boolean proven(String path, String sha256) {
        return proven.getOrDefault(path, Set.of()).contains(sha256);
    }

    private void planManifest(ExportManifest draft) throws IOException {
        manifest = new ExportManifest(draft.target(), draft.studioVersion(), draft.time(), entries);
        boolean sameAsBefore = manifest.sameFiles(previous);
        if (sameAsBefore && steps.isEmpty()) {
            changes.add(new FileChange(ExportManifest.FILE_NAME, FileChange.Kind.UNCHANGED, List.of()));
            return;
        }
        Path file = root.resolve(ExportManifest.FILE_NAME);
        boolean exists = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        FileChange.Kind kind = exists ? FileChange.Kind.CHANGE : FileChange.Kind.CREATE;
        changes.add(new FileChange(ExportManifest.FILE_NAME, kind, List.of()));
        steps.add(new Step(ExportManifest.FILE_NAME, file, manifest.toBytes(), kind));
    }

    /** The diff the report shows, with secrets masked on both sides (a report is read, pasted and logged). */
    private static List<String> diff(String path, byte[] before, byte[] after) {
        return TextComparison.unified("a/" + path, Secrets.mask(LosslessText.decode(before).text()), "b/" + path,
                Secrets.mask(LosslessText.decode(after).text()));
    }
}
