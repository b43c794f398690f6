package io.agentstudio.logic.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The studio's small settings file ({@code settings.properties} in the config folder). It is read on every call
 * rather than cached so two studio windows never overwrite each other's newer value with a stale one.
 */
public final class SettingsStore {
    static final String FILE_NAME = "settings.properties";
    static final String LAST_WORKSPACE = "workspace.last";

    private final Path file;

    public SettingsStore(Path configFolder) {
        this.file = configFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The workspace opened last, if one was remembered; a damaged settings file counts as none. */
    public Optional<Path> lastWorkspace() {
        try {
            String value = read().getProperty(LAST_WORKSPACE);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void rememberWorkspace(Path root) throws IOException {
        Properties properties;
        try {
            properties = read();
        } catch (IllegalArgumentException e) {
            properties = new Properties();
        }
        properties.setProperty(LAST_WORKSPACE, root.toAbsolutePath().normalize().toString());
        write(properties);
    }

    /** A preference the studio stored under {@code key}; empty when absent or the file cannot be read. */
    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable(read().getProperty(key));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stores several preferences in one write; a null value removes its key. */
    public void put(Map<String, String> values) throws IOException {
        Properties properties;
        try {
            properties = read();
        } catch (IllegalArgumentException e) {
            properties = new Properties();
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getValue() == null) {
                properties.remove(entry.getKey());
            } else {
                properties.setProperty(entry.getKey(), entry.getValue());
            }
        }
        write(properties);
    }

    private Properties read() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return properties;
        }
        return properties;
    }

    /** Writes a sibling temporary file and moves it over, so a crash never leaves half a settings file. */
    private void write(Properties properties) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Agent Studio settings");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
