package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.Workspace;

import java.util.Objects;

/**
 * Edits the delegation graph through the agent files themselves, losslessly: every character that is not part of
 * the edit stays. Body edits are splices of whole lines (or of a name) in the file's text; frontmatter edits go
 * through {@link FrontmatterEditor}. Each result is scanned again and must read as intended (one delegation more,
 * one less, the same references under the new name), otherwise the edit is refused. Nothing is written here: the
 * {@link GraphEdit} holds the new texts, {@link GraphEditWriter} writes them. The three edits live in
 * {@link GraphLinker}, {@link GraphUnlinker} and {@link GraphRenamer}; this is the door to them.
 */
public final class GraphEditor {
    private final GraphLinker linker;
    private final GraphUnlinker unlinker;
    private final GraphRenamer renamer;

    public GraphEditor(Workspace workspace) {
        Objects.requireNonNull(workspace, "workspace");
        NameIndex index = NameIndex.of(workspace);
        this.linker = new GraphLinker(workspace, index);
        this.unlinker = new GraphUnlinker(workspace, index);
        this.renamer = new GraphRenamer(workspace, index);
    }

    /**
     * Adds an item for {@code to} to {@code from}'s delegation list, in the style that list already uses, or a
     * {@code ## Delegates to} section at the end of the body when there is no list to add to.
     *
     * @param note what the delegation is for, or null
     * @throws UnknownAgentException when either name matches no agent, or several
     */
    public GraphEdit link(String from, String to, String note) {
        return linker.link(from, to, note);
    }

    /**
     * Removes the items that say {@code from} delegates to {@code to}: list items and table rows of delegation
     * sections that name only that agent (in {@code from}'s file, or a "receives from" item in {@code to}'s), and
     * {@code Agent(to)} in tools. Everything else that names it (a sentence, an item naming several agents) is listed
     * as a hand edit with its place. A section that {@code link} created goes with its last item.
     */
    public GraphEdit unlink(String from, String to) {
        return unlinker.unlink(from, to);
    }

    /**
     * Renames an agent: its {@code name}, every reference to it across the workspace in the form each is written
     * (slug, display name, link, {@code Agent(...)} in tools), and its file when the file is named after it.
     * Spellings the studio does not read as references (inside code blocks, in descriptions) are listed as hand edits.
     *
     * @throws IllegalArgumentException when the new name cannot be an agent name
     */
    public GraphEdit rename(String agentName, String newName) {
        return renamer.rename(agentName, newName);
    }
}
