package io.agentstudio.cli;

import io.agentstudio.logic.validation.cache.BuildIdentity;
import io.agentstudio.logic.validation.cache.ValidationCache;
import io.agentstudio.logic.validation.cache.ValidationCache.KeptReport;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.model.Severity;
import io.agentstudio.logic.validation.cache.WorkspaceFingerprint;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Answers {@code validate --cache PATH [--format F] [--fail-on L]} on a folder that has not changed since it printed
 * that report, before picocli builds its model of every command: building it loads and initialises more classes than
 * the rest of such a run, which CI and hooks repeat on every commit (issue 18 asks for a tenth of cclint's time).
 * Anything else, including every spelling this class does not know, a folder that changed and any error, is left to
 * picocli and {@link ValidateCommand}, which print exactly what they printed before; this class only ever answers
 * what that command would answer from the same cache, with the same bytes and exit code.
 */
final class ValidateCacheHit {
    private static final Set<String> FORMATS = Set.of("TEXT", "JSON", "SARIF");
    private static final Set<String> FAIL_ON = Set.of("ERROR", "WARNING", "INFO", "NEVER");

    /** The kept report to print (the answer's to close), and the exit code the command gives with it. */
    record Answer(KeptReport report, int exitCode) {
    }

    /** The arguments understood: the folder as typed, the format's and --fail-on's names (upper case). */
    private record Request(String path, String format, String failOn) {
    }

    private ValidateCacheHit() {
    }

    /** The answer to {@code args} from the cache, or empty when picocli and {@link ValidateCommand} must run. */
    static Optional<Answer> of(String[] args, PrintWriter err) {
        Optional<Request> request = request(args);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(request.get().path());
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
    private static Optional<Answer> answer(Path root, String build, KeptReport kept, String failOn) {
        WorkspaceFingerprint.Stats now;
        try {
            now = WorkspaceFingerprint.stats(root, WorkspaceScanner.walk(root), build);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!WorkspaceFingerprint.stands(now, kept.statKey(), kept.takenAt())) {
            return Optional.empty();
        }
        boolean failed = false;
        if (!failOn.equals("NEVER")) {
            for (Severity severity : kept.found()) {
                failed |= severity.atLeast(Severity.valueOf(failOn));
            }
        }
        return Optional.of(new Answer(kept, failed ? Cli.FINDINGS : Cli.OK));
    }

    private static void closeQuietly(KeptReport kept) {
        try {
            kept.close();
        } catch (IOException e) {
            // A cache file opened only to read: nothing is lost when it fails to close.
        }
    }

    /**
     * The request when {@code args} are exactly {@code validate}, {@code --cache}, one folder and at most one known
     * {@code --format} and {@code --fail-on} each (as {@code --format json} or {@code --format=json}), in any order.
     */
    private static Optional<Request> request(String[] args) {
        if (args.length < 3 || !args[0].equals("validate")) {
            return Optional.empty();
        }
        boolean cache = false;
        String path = null;
        String format = null;
        String failOn = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals("--cache") && !cache) {
                cache = true;
            } else if ((option.equals("--format") && format == null) || (option.equals("--fail-on") && failOn == null)) {
                String value;
                if (!option.equals(arg)) {
                    value = arg.substring(option.length() + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return Optional.empty();
                }
                value = value.toUpperCase(Locale.ROOT);
                // Only the names as written (in any ASCII case): other spellings are picocli's to judge.
                if (!isAscii(value)) {
                    return Optional.empty();
                } else if (option.equals("--format") && FORMATS.contains(value)) {
                    format = value;
                } else if (option.equals("--fail-on") && FAIL_ON.contains(value)) {
                    failOn = value;
                } else {
                    return Optional.empty();
                }
            } else if (path == null && !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@")) {
                path = arg;
            } else {
                return Optional.empty();
            }
        }
        if (!cache || path == null) {
            return Optional.empty();
        }
        return Optional.of(new Request(path, format == null ? "TEXT" : format, failOn == null ? "ERROR" : failOn));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
