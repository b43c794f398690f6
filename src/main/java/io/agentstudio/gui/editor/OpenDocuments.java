package io.agentstudio.gui.editor;

import io.agentstudio.model.AgentDocument;

import java.nio.file.Path;
import java.util.Optional;

/** Where commands find the documents they edit: the open tabs, and the agents on disk for files without one. */
public interface OpenDocuments {

    /** The document the studio holds for {@code path}: its tab's, else the file's as last read; empty if not an agent. */
    Optional<AgentDocument> current(Path path);

    /** The editor of {@code path}, opening a tab in the background when there is none; empty if not an agent. */
    Optional<AgentEditorViewModel> editorFor(Path path);
}
