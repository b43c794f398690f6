package io.agentstudio.cli;

import io.agentstudio.cli.ValidateCommand.FailOn;
import io.agentstudio.cli.ValidateCommand.Format;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The plain forms of {@code validate} that CI and hooks type, understood without picocli: building picocli's model
 * of the command is about 150 ms of a cold JVM (most of a small folder's run), so {@link ValidateCacheHit} answers
 * these from the cache and {@link ValidateCommand#direct} runs them, both before picocli is loaded. Every other
 * spelling is left to picocli, which gives it the output and exit code it always gave.
 *
 * @param path   the one PATH, as typed
 * @param format a format of results ({@code markdown} only goes with {@code --list-rules}, which is picocli's)
 * @param failOn {@code --fail-on}'s level
 * @param cache  whether {@code --cache} was given
 */
record ValidateRequest(Path path, Format format, FailOn failOn, boolean cache) {
    private static final Set<Format> RESULT_FORMATS = EnumSet.of(Format.TEXT, Format.JSON, Format.SARIF);

    /**
     * The request when {@code args} are exactly {@code validate}, one path, at most one {@code --cache} and at most one
     * known {@code --format} and {@code --fail-on} each (as {@code --format json} or {@code --format=json}), in any
     * order; empty for anything else.
     */
    static Optional<ValidateRequest> of(String[] args) {
        if (args.length < 2 || !args[0].equals("validate")) {
            return Optional.empty();
        }
        boolean cache = false;
        String path = null;
        Format format = null;
        FailOn failOn = null;
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
                }
                if (option.equals("--format")) {
                    format = named(Format.values(), value);
                    if (format == null || !RESULT_FORMATS.contains(format)) {
                        return Optional.empty();
                    }
                } else {
                    failOn = named(FailOn.values(), value);
                    if (failOn == null) {
                        return Optional.empty();
                    }
                }
            } else if (path == null && !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@")) {
                path = arg;
            } else {
                return Optional.empty();
            }
        }
        if (path == null) {
            return Optional.empty();
        }
        Path converted;
        try {
            converted = Path.of(path);
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli's to report, as it reports any PATH it cannot convert
        }
        return Optional.of(new ValidateRequest(converted, format == null ? Format.TEXT : format,
                failOn == null ? FailOn.ERROR : failOn, cache));
    }

    /** The constant of {@code values} named {@code name} exactly, or null (valueOf throws for a name not there). */
    private static <E extends Enum<E>> E named(E[] values, String name) {
        for (E value : values) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
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
