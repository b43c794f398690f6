package io.agentstudio.logic.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Claude Code {@code model} setting read as the Claude model it names, for a tool that needs a model id: an alias
 * (with or without {@code [1m]}) as the id Claude Code resolves it to (the table in mappings.yaml), a Bedrock or
 * Vertex id ({@code us.anthropic.claude-opus-5}, {@code claude-haiku-4-5@20251001}) as Anthropic's id of the same
 * model, a full id as it is. Ids are read the way Claude Code 2.1.332 reads them: {@code claude-<family>-<major>[-<minor>]}
 * (or the old {@code claude-<major>-<minor>-<family>}) followed by a date or a provider's version suffix.
 *
 * @param written what the agent file says
 * @param id      the Anthropic model id it stands for
 * @param notes   what the reading did, for the export report (empty when the id is what was written)
 */
record ClaudeModel(String written, String id, Version version, List<String> notes) {
    private static final Pattern ONE_M = Pattern.compile("\\[1m]$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROVIDER_PREFIX = Pattern.compile("^(?:[a-z-]+\\.)?anthropic\\.");
    private static final Pattern NEW_STYLE = Pattern.compile("^claude-([a-z]+)-(\\d{1,2})(?!\\d)(?:-(\\d{1,2})(?!\\d))?");
    private static final Pattern LEGACY = Pattern.compile("^claude-(\\d{1,2})(?!\\d)(?:-(\\d{1,2})(?!\\d))?-([a-z]+)");
    /** What may follow the base of an id: -fast or -latest, a date, a Bedrock version (Claude Code's own rule). */
    private static final Pattern TRAILER = Pattern.compile("^(?:-fast|-latest)?(?:-v\\d{1,3}@\\d{8}|[-@]\\d{8})?(?:-v\\d{1,3}(?::\\d{1,3})?)?$");
    private static final Pattern DATE_ONLY = Pattern.compile("^-\\d{8}$");

    ClaudeModel {
        notes = List.copyOf(notes);
    }

    /**
     * A model's family and version as Claude Code parses an id.
     *
     * @param base    the id without what follows the version ({@code claude-haiku-4-5})
     * @param trailer what followed it ({@code -20251001}, {@code @20251001}, {@code -v1:0}, or empty)
     */
    record Version(String family, int major, int minor, String base, String trailer) implements Comparable<Version> {
        @Override
        public int compareTo(Version other) {
            return Comparator.comparingInt(Version::major).thenComparingInt(Version::minor).compare(this, other);
        }

        boolean plain() {
            return trailer.isEmpty();
        }
    }

    /** The model a setting names; empty for {@code inherit}, other vendors' models and text that is no model id. */
    static Optional<ClaudeModel> read(String written, Map<String, String> aliases) {
        String model = written.strip().toLowerCase(Locale.ROOT);
        List<String> notes = new ArrayList<>();
        Matcher oneM = ONE_M.matcher(model);
        if (oneM.find()) {
            model = model.substring(0, oneM.start()).strip();
            notes.add("the [1m] suffix (a 1M-token context in Claude Code) is not carried over");
        }
        String alias = aliases.get(model);
        if (alias != null) {
            notes.add(0, aliasNote(model, alias));
            return parse(alias).map(version -> new ClaudeModel(written, alias, version, notes));
        }
        Optional<Version> version = parse(model);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Version v = version.get();
        boolean firstParty = model.startsWith("claude-") && (v.plain() || DATE_ONLY.matcher(v.trailer()).matches());
        String id = firstParty ? model : v.base();
        if (!id.equals(written.strip())) {
            notes.add(0, firstParty ? "written as " + id : "the provider id `" + written.strip() + "` as Anthropic's id " + id);
        }
        return Optional.of(new ClaudeModel(written, id, v, notes));
    }

    private static String aliasNote(String alias, String id) {
        return switch (alias) {
            case "opusplan" -> "opusplan runs " + id + " (the sonnet model) in Claude Code 2.1.332 and opus only in plan mode,"
                    + " a switch the target does not have";
            case "best" -> "best is " + id + " (the opus model) in Claude Code 2.1.332's model catalog";
            default -> alias + " is " + id + " in Claude Code 2.1.332";
        };
    }

    /** Family and version of an id, after a provider's prefix ({@code us.anthropic.}) and a path are taken off. */
    static Optional<Version> parse(String modelId) {
        String id = modelId.strip().toLowerCase(Locale.ROOT);
        int slash = id.lastIndexOf('/');
        if (slash >= 0) {
            id = id.substring(slash + 1);
        }
        id = PROVIDER_PREFIX.matcher(id).replaceFirst("");
        Matcher m = NEW_STYLE.matcher(id);
        Version version = null;
        if (m.find()) {
            version = new Version(m.group(1), Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                    m.group(), id.substring(m.end()));
        } else {
            Matcher legacy = LEGACY.matcher(id);
            if (legacy.find()) {
                version = new Version(legacy.group(3), Integer.parseInt(legacy.group(1)),
                        legacy.group(2) == null ? 0 : Integer.parseInt(legacy.group(2)), legacy.group(), id.substring(legacy.end()));
            }
        }
        return version == null || !TRAILER.matcher(version.trailer()).matches() ? Optional.empty() : Optional.of(version);
    }

    /**
     * The model a tool offers for this one, as the tool's list writes it ({@code claude-opus-5.5} or
     * {@code claude-opus-5-5}): the same id; else, of the same family, the newest not newer than this one, else the
     * oldest newer one. Dated and {@code -fast} entries of the list are taken only when asked for exactly.
     */
    Optional<String> nearestIn(List<String> offered) {
        String wanted = id.replace('.', '-');
        for (String candidate : offered) {
            if (candidate.replace('.', '-').equalsIgnoreCase(wanted)) {
                return Optional.of(candidate);
            }
        }
        Optional<String> older = Optional.empty();
        Version olderVersion = null;
        Optional<String> newer = Optional.empty();
        Version newerVersion = null;
        for (String candidate : offered) {
            Optional<Version> parsed = parse(candidate.replace('.', '-'));
            if (parsed.isEmpty() || !parsed.get().plain() || !parsed.get().family().equals(version.family())) {
                continue;
            }
            Version v = parsed.get();
            if (v.compareTo(version) <= 0) {
                if (olderVersion == null || v.compareTo(olderVersion) > 0) {
                    older = Optional.of(candidate);
                    olderVersion = v;
                }
            } else if (newerVersion == null || v.compareTo(newerVersion) < 0) {
                newer = Optional.of(candidate);
                newerVersion = v;
            }
        }
        return older.isPresent() ? older : newer;
    }

    /**
     * For the export report: how the setting was read, and, when the target does not offer this model, that the
     * nearest model it offers was taken (the studio's choice). Empty when the id is what was written.
     */
    List<String> explanation(String offered, String target) {
        List<String> all = new ArrayList<>(notes);
        if (!offered.replace('.', '-').equalsIgnoreCase(id)) {
            all.add(target + " does not offer " + id + ", so the nearest model it offers (the studio's choice)");
        }
        return all;
    }

    /** Report notes as " (a; b)", or an empty string when there are none. */
    static String inParentheses(List<String> notes) {
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }
}
