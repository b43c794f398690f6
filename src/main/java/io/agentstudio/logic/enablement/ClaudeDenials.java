package io.agentstudio.logic.enablement;

import io.agentstudio.logic.workspace.ClaudeSettingsLocation;
import io.agentstudio.logic.workspace.FileStamp;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which agents the settings of one {@code .claude} folder turn off: the {@code Agent(name)} and {@code Task(name)}
 * entries of {@code permissions.deny} in its {@code settings.json} and {@code settings.local.json}. Each folder's
 * files are read again only when their size or time changed, so asking for every agent of a large workspace (the
 * validation does) reads each file once. Thread-safe.
 *
 * <p>A file that cannot be read or is not valid JSON turns nothing off here (Claude Code would not apply it either);
 * a switch that must edit it says what is wrong.
 */
public final class ClaudeDenials {

    /** One agent turned off: by which entry of which file. */
    public record Denial(Path file, String entry) {
    }

    private record Read(List<Optional<FileStamp>> stamps, Map<String, Denial> denials) {
    }

    private final Map<Path, Read> byFolder = new ConcurrentHashMap<>();

    /** The entry that turns {@code agentName} off in {@code claudeFolder}'s settings (the shared file first). */
    public Optional<Denial> denial(Path claudeFolder, String agentName) {
        return Optional.ofNullable(denials(claudeFolder).get(agentName));
    }

    /** Every agent name the folder's settings turn off, with the first entry that does. */
    public Map<String, Denial> denials(Path claudeFolder) {
        List<Path> files = List.of(claudeFolder.resolve(ClaudeSettingsLocation.SHARED), claudeFolder.resolve(ClaudeSettingsLocation.LOCAL));
        List<Optional<FileStamp>> stamps = files.stream().map(ClaudeDenials::stampOf).toList();
        Read known = byFolder.get(claudeFolder);
        if (known != null && known.stamps().equals(stamps)) {
            return known.denials();
        }
        Map<String, Denial> denials = new LinkedHashMap<>();
        files.forEach(file -> ClaudeSettingsFile.denyEntriesQuietly(file).forEach(entry -> DenyEntry.agentOf(entry)
                .ifPresent(name -> denials.putIfAbsent(name, new Denial(file, entry)))));
        Read read = new Read(stamps, Map.copyOf(denials));
        byFolder.put(claudeFolder, read);
        return read.denials();
    }

    private static Optional<FileStamp> stampOf(Path file) {
        // Most projects have no settings file: asked first, its absence costs no exception (thrown and caught by
        // readAttributes, tens of microseconds each, for every agent a large workspace's check asks about).
        if (!file.toFile().exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FileStamp.of(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // Unreadable now: a stamp that matches nothing, so the next look reads it again.
            return Optional.of(new FileStamp(-1, System.nanoTime()));
        }
    }
}
