package io.agentstudio.logic.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.agentstudio.logic.workspace.StudioStateDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Keeps a workspace's plugin metadata in {@code .agent-studio/export-plugin.json}, so it is asked for once and every
 * later plugin export (from the studio or the command line) uses it.
 */
public final class PluginInfoStore {
    static final String FILE_NAME = "export-plugin.json";

    private final StudioStateDirectory state;

    public PluginInfoStore(StudioStateDirectory state) {
        this.state = state;
    }

    /** What the workspace keeps; empty when nothing was kept or the file is not readable as plugin metadata. */
    public Optional<PluginInfo> read() throws IOException {
        Optional<byte[]> bytes = state.read(FILE_NAME);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonFiles.MAPPER.readValue(new String(bytes.get(), StandardCharsets.UTF_8), PluginInfo.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public void write(PluginInfo info) throws IOException {
        if (!read().filter(info::equals).isPresent()) {
            state.write(FILE_NAME, JsonFiles.bytes(info));
        }
    }
}
