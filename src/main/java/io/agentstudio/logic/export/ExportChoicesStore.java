package io.agentstudio.logic.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.agentstudio.logic.workspace.StudioStateDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Keeps the export dialog's last choices in the workspace's {@code .agent-studio/export.json}. */
public final class ExportChoicesStore {
    static final String FILE_NAME = "export.json";

    private final StudioStateDirectory state;

    public ExportChoicesStore(StudioStateDirectory state) {
        this.state = state;
    }

    /** The last choices, or none when there were none (or the file is not readable as such). */
    public ExportChoices read() throws IOException {
        Optional<byte[]> bytes = state.read(FILE_NAME);
        if (bytes.isEmpty()) {
            return ExportChoices.none();
        }
        try {
            return JsonFiles.MAPPER.readValue(new String(bytes.get(), StandardCharsets.UTF_8), ExportChoices.class);
        } catch (JsonProcessingException e) {
            return ExportChoices.none();
        }
    }

    public void write(ExportChoices choices) throws IOException {
        if (!read().equals(choices)) {
            state.write(FILE_NAME, JsonFiles.bytes(choices));
        }
    }
}
