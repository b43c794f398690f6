package io.agentstudio.logic.workspace;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.List;

/**
 * One skill of a workspace as it was on disk when loaded: its {@code SKILL.md} (frontmatter and instructions, kept
 * byte for byte like an agent file) and the supporting files beside it in its folder.
 *
 * @param path            the {@code SKILL.md}
 * @param relativePath    the same relative to the workspace root
 * @param tool            the tool whose folder holds it
 * @param document        the parsed file; the baseline a save compares the disk against
 * @param stamp           the file's size and time when read
 * @param supportingFiles the other files of the skill's folder and its subfolders, relative to the folder, sorted
 */
public record WorkspaceSkill(Path path, Path relativePath, Dialect tool, AgentDocument document, FileStamp stamp,
                             List<Path> supportingFiles) {

    public WorkspaceSkill {
        supportingFiles = List.copyOf(supportingFiles);
    }

    /** The skill's folder, which holds {@code SKILL.md} and its supporting files. */
    public Path folder() {
        return path.getParent();
    }

    /** The folder's name: what the skill is called where its {@code name} field is missing, and what it must equal. */
    public String folderName() {
        return folder().getFileName().toString();
    }

    /** The {@code name} field, or the folder's name when there is none. */
    public String name() {
        return document.string("name").map(String::strip).filter(n -> !n.isEmpty()).orElseGet(this::folderName);
    }

    public String description() {
        return document.string("description").orElse("");
    }

    /** True when the skill says it must not be started by the model, so an agent cannot preload it either. */
    public boolean modelInvocationDisabled() {
        return document.string("disable-model-invocation").map(value -> value.strip().equalsIgnoreCase("true")).orElse(false);
    }
}
