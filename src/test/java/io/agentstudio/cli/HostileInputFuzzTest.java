package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.TextLines;
import io.agentstudio.testing.LineDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hundreds of mutated agent files, the same ones on every run (the seed is fixed; {@code -Dfuzz.seed=N} tries
 * others), through every command that reads or writes one file. For each file: no stack trace and an exit code of
 * 0, 1 or 2; {@code roundtrip} finds it identical or cannot read it; {@code set} and {@code unset} either change
 * exactly their field (every other key reads back equal, the body and the lines outside one region are untouched)
 * or refuse and leave every byte.
 */
class HostileInputFuzzTest {
    private static final int FILES = 250;
    private static final String VALUE = "Fuzzed: a value, with # and 'quotes'";

    private static final List<String> SEEDS = List.of(
            "---\nname: reviewer\ndescription: Reviews code # for real\ntools: Read, Grep\nmodel: sonnet\n---\nYou review code.\n",
            "---\r\nname: planner\r\ndescription: |\r\n  Plans work.\r\n  Delegates to `reviewer`.\r\ntools:\r\n  - Read\r\n  - Agent(reviewer)\r\n---\r\nPlan.\r\n",
            "---\n{name: flowtop, description: Reviews code, model: opus}\n---\nBody\n",
            "---\n{\"name\": \"jsonic\", \"description\": \"Writes tests\", \"tools\": \"Read\", \"model\": \"opus\"}\n---\nBody\n",
            "\uFEFF---\nname: bom\ndescription: \"Quoted: with colon\"\nmodel: haiku  # trailing\ncolor: blue\n---\n# Heading\n\nText.\n",
            "---\nname: anchors\ndescription: &d Uses anchors\nsummary: *d\nmetadata:\n  owner: team\n  tags: [a, b]\n---\nBody\n",
            "---\nname: folded\ndescription: >-\n  Folded text\n  over lines\nmaxTurns: 5\nbackground: false\n---\n",
            "No frontmatter at all, just a prompt.\n");

    private static final List<String> TOKENS = List.of(": ", ":", "{", "}", "[", "]", ",", "&a ", "*a", "\t", "#", "---\n",
            "\r", "\r\n", "\n", "\u0000", "\uFEFF", "\u202E", "\u2028", "'", "\"", "|", ">", "- ", "\\", "!!str ", "? ",
            "%YAML 1.2\n", "<<: *a\n", "name: dup\n", "  ", "\u001b[31m", "model: opus\n", "é", "\uD83D\uDE00");

    @TempDir
    Path dir;

    @Test
    void everyMutatedFileIsReadEditedOrRefusedWithoutLoss() {
        long seed = Long.getLong("fuzz.seed", 15L);
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            Random random = new Random(seed);
            List<String> failures = new ArrayList<>();
            int failed = 0;
            for (int i = 0; i < FILES; i++) {
                byte[] bytes = mutate(random, SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8));
                Path file = Files.createDirectories(dir.resolve("case" + i).resolve(".claude/agents")).resolve("fuzz.md");
                Files.write(file, bytes);
                Optional<String> why = checkFile(file, bytes);
                if (why.isPresent() && failed++ < 20) {
                    failures.add("seed " + seed + ", case " + i + ": " + why.get() + "\n    file: " + printable(bytes));
                }
            }
            assertThat(failures).as("%d of %d mutated files handled badly; the first ones", failed, FILES)
                    .isEmpty();
        });
    }

    private static Optional<String> checkFile(Path file, byte[] original) throws IOException {
        for (String[] readOnly : List.of(new String[] {"validate", file.toString()}, new String[] {"roundtrip", file.toString()},
                new String[] {"graph", file.getParent().toString()})) {
            CliRun run = CliRun.of(readOnly);
            Optional<String> bad = badRun(run, readOnly[0]);
            if (bad.isPresent()) {
                return bad;
            }
            if (readOnly[0].equals("roundtrip") && run.out().contains("differs:")) {
                return Optional.of("roundtrip changes the bytes");
            }
            if (!Arrays.equals(original, Files.readAllBytes(file))) {
                return Optional.of(readOnly[0] + " changed the file");
            }
        }
        Optional<String> set = checkEdit(file, original, "description", VALUE, "set", file.toString(), "description=" + VALUE);
        if (set.isPresent()) {
            return set;
        }
        Files.write(file, original);
        return checkEdit(file, original, "model", null, "unset", file.toString(), "model");
    }

    /** An edit either wrote exactly its field or refused and left every byte; {@code value} null means removed. */
    private static Optional<String> checkEdit(Path file, byte[] before, String key, String value, String... args) throws IOException {
        CliRun run = CliRun.of(args);
        Optional<String> bad = badRun(run, args[0]);
        if (bad.isPresent()) {
            return bad;
        }
        byte[] after = Files.readAllBytes(file);
        if (run.exitCode() != Cli.OK || !run.out().contains(": updated")) {
            return Arrays.equals(before, after) ? Optional.empty()
                    : Optional.of(args[0] + " did not succeed (exit " + run.exitCode() + ") but changed the file");
        }
        AgentDocument was = AgentFileParser.parse(before);
        Optional<String> outside = was.hasFrontmatter() ? linesOutsideTheFrontmatter(was, before, after)
                : endsWith(after, withoutBom(before)) ? Optional.empty() : Optional.of("changed the body");
        if (outside.isPresent()) {
            return Optional.of(args[0] + " " + outside.get() + ": " + printable(after));
        }
        Optional<Map<Object, Object>> wasKeys = mapping(was.yaml());
        Optional<Map<Object, Object>> nowKeys = mapping(AgentFileParser.parse(after).yaml());
        if (nowKeys.isEmpty()) {
            return Optional.of(args[0] + " wrote a frontmatter that does not parse: " + printable(after));
        }
        if (wasKeys.isEmpty()) {
            return Optional.of(args[0] + " edited a frontmatter whose other keys it could not read: " + printable(after));
        }
        Map<Object, Object> expected = new LinkedHashMap<>(wasKeys.get());
        if (value == null) {
            expected.remove(key);
        } else {
            expected.put(key, value);
        }
        if (!expected.equals(nowKeys.get())) {
            return Optional.of(args[0] + " read back " + nowKeys.get() + ", expected " + expected);
        }
        return Optional.empty();
    }

    /** Compared byte for byte (ISO-8859-1 keeps every byte as one char), so a byte the decoder would replace counts. */
    private static Optional<String> linesOutsideTheFrontmatter(AgentDocument was, byte[] before, byte[] after) {
        LineDiff diff = LineDiff.between(new String(before, StandardCharsets.ISO_8859_1), new String(after, StandardCharsets.ISO_8859_1));
        boolean inside = diff.originalFrom() >= 1 && diff.originalTo() <= TextLines.lineOf(was.text(), was.yamlEnd());
        return inside ? Optional.empty() : Optional.of("changed lines outside the frontmatter (" + diff + ")");
    }

    /** A file without frontmatter keeps its byte order mark at the very start, before the frontmatter an edit adds. */
    private static byte[] withoutBom(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
        return bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    private static boolean endsWith(byte[] bytes, byte[] suffix) {
        return bytes.length >= suffix.length
                && Arrays.equals(bytes, bytes.length - suffix.length, bytes.length, suffix, 0, suffix.length);
    }

    private static Optional<String> badRun(CliRun run, String command) {
        boolean traced = run.err().contains("internal error") || run.err().contains("Exception") || run.err().contains("\tat ")
                || run.out().contains("Exception");
        if (traced) {
            return Optional.of(command + " failed unexpectedly: " + run.err().strip());
        }
        if (run.exitCode() < 0 || run.exitCode() > 2) {
            return Optional.of(command + " exited " + run.exitCode());
        }
        return Optional.empty();
    }

    /** The frontmatter as SnakeYAML reads it, independently of the studio's own reader; empty when it is not a mapping. */
    private static Optional<Map<Object, Object>> mapping(String yaml) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (loaded instanceof Map<?, ?> map) {
                return Optional.of(new LinkedHashMap<>(map));
            }
            return loaded == null ? Optional.of(new LinkedHashMap<>()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] mutate(Random random, byte[] seed) {
        byte[] bytes = seed;
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            bytes = mutateOnce(random, bytes);
        }
        return bytes;
    }

    private static byte[] mutateOnce(Random random, byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        return switch (random.nextInt(6)) {
            case 0, 1 -> splice(bytes, at, at, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
            case 2 -> splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(8)), new byte[0]);
            case 3 -> splice(bytes, at, at, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
            case 4 -> duplicateLine(random, bytes);
            default -> Arrays.copyOf(bytes, at);
        };
    }

    private static byte[] duplicateLine(Random random, byte[] bytes) {
        List<String> lines = LineDiff.lines(new String(bytes, StandardCharsets.ISO_8859_1));
        if (lines.isEmpty()) {
            return bytes;
        }
        lines.add(random.nextInt(lines.size() + 1), lines.get(random.nextInt(lines.size())));
        return String.join("", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] result = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
        return result;
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            text.append(c >= 0x20 && c < 0x7f && c != '\\' ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return text.toString();
    }
}
