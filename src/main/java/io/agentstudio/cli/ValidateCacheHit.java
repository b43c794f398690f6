package io.agentstudio.cli;

import io.agentstudio.logic.validation.cache.BuildIdentity;
import io.agentstudio.logic.validation.cache.ValidationCache;
import io.agentstudio.logic.validation.cache.ValidationCache.KeptReport;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.logic.validation.cache.WorkspaceFingerprint;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@code validate --cache PATH [--format F] [--fail-on L]} on a folder that has not changed since it printed
 * that report, before picocli builds its model of every command: building it loads and initialises more classes than
 * the rest of such a run, which CI and hooks repeat on every commit (issue 18 asks for a tenth of cclint's time).
 * Anything else, including every spelling this class does not know, a folder that changed and any error, is left to
 * picocli and {@link ValidateCommand}, which print exactly what they printed before; this class only ever answers
 * what that command would answer from the same cache, with the same bytes and exit code.
 */
final class ValidateCacheHit {
    /** The kept report to print (the answer's to close), and the exit code the command gives with it. */
    record Answer(KeptReport report, int exitCode) {
    }

    private ValidateCacheHit() {
    }

    /** The answer to {@code args} from the cache, or empty when picocli and {@link ValidateCommand} must run. */
    static Optional<Answer> of(String[] args, PrintWriter err) {
        // No method reference: the first one of a run spins up a lambda form, 5 ms of a hit.
        Optional<ValidateRequest> request = ValidateRequest.of(args);
        if (request.isEmpty() || !request.get().cache()) {
            return Optional.empty();
        }
        Path path = request.get().path();
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        InterruptedEdits.settle(path, err);
        Optional<String> build = BuildIdentity.current();
        if (build.isEmpty()) {
            return Optional.empty();
        }
        Path root = path.toAbsolutePath().normalize();
        // The key ValidateCommand keeps the report under: the format and the paths as typed.
        String command = request.get().format() + " " + List.of(path);
        Optional<KeptReport> kept = ValidationCache.keptReport(root, command);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Optional<Answer> answer = answer(root, build.get(), kept.get(), request.get().failOn());
        if (answer.isEmpty()) {
            closeQuietly(kept.get());
        }
        return answer;
    }

    /** The answer from {@code kept} when the folder has not changed since it was printed. */
    private static Optional<Answer> answer(Path root, String build, KeptReport kept, ValidateCommand.FailOn failOn) {
        WorkspaceFingerprint.Stats now;
        try {
            now = WorkspaceFingerprint.stats(root, WorkspaceScanner.walk(root), build);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!WorkspaceFingerprint.stands(now, kept.statKey(), kept.takenAt())) {
            return Optional.empty();
        }
        return Optional.of(new Answer(kept, failOn.exitCode(kept.found())));
    }

    private static void closeQuietly(KeptReport kept) {
        try {
            kept.close();
        } catch (IOException e) {
            // A cache file opened only to read: nothing is lost when it fails to close.
        }
    }
}
