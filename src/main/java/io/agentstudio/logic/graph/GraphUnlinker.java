package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.NameForm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code unlink}: takes the items that say one agent delegates to another out of both files, and the agent out of
 * {@code Agent(...)} in tools; what it cannot take out by itself (a sentence, an item naming several) is a hand edit.
 */
final class GraphUnlinker {
    private final Workspace workspace;
    private final NameIndex index;

    GraphUnlinker(Workspace workspace, NameIndex index) {
        this.workspace = workspace;
        this.index = index;
    }

    /** See {@link GraphEditor#unlink}. */
    GraphEdit unlink(String from, String to) {
        WorkspaceAgent source = index.find(workspace, from);
        WorkspaceAgent target = index.find(workspace, to);
        GraphEditSteps.requireDifferent(source, target);
        FileScan sourceScan = FileScan.of(source, index);
        FileScan targetScan = FileScan.of(target, index);
        List<AgentReference> outgoing = sourceScan.references().stream().filter(r -> r.refersTo(target) && !r.found().reverse()).toList();
        List<AgentReference> incoming = targetScan.references().stream().filter(r -> r.refersTo(source) && r.found().reverse()).toList();
        if (outgoing.isEmpty() && incoming.isEmpty()) {
            throw new IllegalArgumentException(source.name() + " does not refer to " + target.name());
        }
        List<GraphEdit.FileChange> changes = new ArrayList<>();
        List<GraphEdit.HandEdit> handEdits = new ArrayList<>();
        removeReferences(sourceScan, outgoing, target, handEdits).ifPresent(changes::add);
        removeReferences(targetScan, incoming, source, handEdits).ifPresent(changes::add);
        String summary = changes.isEmpty()
                ? "nothing removed; " + handEdits.size() + " place(s) name " + target.name() + " and need a hand edit"
                : source.name() + " no longer delegates to " + target.name()
                        + (handEdits.isEmpty() ? "" : "; " + handEdits.size() + " place(s) still name it and need a hand edit");
        return new GraphEdit(summary, changes, handEdits);
    }

    private Optional<GraphEdit.FileChange> removeReferences(FileScan scan, List<AgentReference> references, WorkspaceAgent other,
                                                            List<GraphEdit.HandEdit> handEdits) {
        Set<ReferenceItem> items = new LinkedHashSet<>();
        List<AgentReference> removedReferences = new ArrayList<>();
        List<AgentReference> tools = new ArrayList<>();
        boolean createdSection = false;
        for (AgentReference reference : references) {
            FoundReference found = reference.found();
            ItemKind kind = found.item().kind();
            if (found.kind() == EdgeKind.DELEGATES && !found.section().isEmpty() && (kind == ItemKind.LIST_ITEM || kind == ItemKind.TABLE_ROW)) {
                List<AgentReference> inItem = scan.references().stream().filter(r -> r.found().item().equals(found.item())).toList();
                List<String> others = inItem.stream().filter(r -> !r.refersTo(other)).map(r -> r.found().written()).distinct().toList();
                if (others.isEmpty()) {
                    items.add(found.item());
                    removedReferences.addAll(inItem);
                    createdSection |= found.section().equals(CreatedSection.TITLE);
                } else {
                    handEdits.add(GraphEditSteps.handEdit(reference, "the item also names " + String.join(", ", others) + "; take "
                            + other.name() + " out of it by hand"));
                }
            } else if (found.kind() == EdgeKind.SPAWNS && found.form() == NameForm.TOOL) {
                tools.add(reference);
                removedReferences.add(reference);
            } else {
                handEdits.add(GraphEditSteps.handEdit(reference, whyByHand(found, other)));
            }
        }
        if (items.isEmpty() && tools.isEmpty()) {
            return Optional.empty();
        }
        AgentDocument document = scan.agent().document();
        String eol = document.lineEnding().chars();
        String text = removeLines(document.text(), items);
        if (createdSection) {
            text = CreatedSection.withoutEmptySection(text, eol).orElse(text);
        }
        AgentDocument edited = AgentFileParser.parse(text);
        if (!tools.isEmpty()) {
            edited = FrontmatterEditor.set(edited, "tools", new FieldValue.Items(withoutSpawn(edited, other), FieldValue.ListForm.COMMA_STRING));
        }
        List<String> expected = new ArrayList<>(GraphEditSteps.signature(scan.references()));
        removedReferences.forEach(r -> expected.remove(GraphEditSteps.key(r)));
        List<String> after = GraphEditSteps.signature(FileScan.of(GraphEditSteps.withDocument(scan.agent(), edited), index).references());
        if (!after.equals(expected)) {
            throw new EditRefusedException("Removing " + other.name() + " from " + GraphEditSteps.display(scan.agent())
                    + " would change how other names read; nothing was changed.");
        }
        return Optional.of(new GraphEdit.FileChange(scan.agent(), edited, null));
    }

    /** Whole lines out; an item on the last line without terminator goes with the terminator before it. */
    private static String removeLines(String text, Collection<ReferenceItem> items) {
        List<ReferenceItem> byStart = items.stream().sorted(Comparator.comparingInt(ReferenceItem::start).reversed()).toList();
        StringBuilder out = new StringBuilder(text);
        for (ReferenceItem item : byStart) {
            int start = item.start();
            int end = item.end();
            boolean terminated = end > start && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == '\r');
            if (!terminated && start > 0) {
                start -= start >= 2 && out.charAt(start - 1) == '\n' && out.charAt(start - 2) == '\r' ? 2 : 1;
            }
            out.delete(start, end);
        }
        return out.toString();
    }

    /** The tools list without {@code other} in any Agent(...) or Task(...); an entry left empty goes. */
    private static List<String> withoutSpawn(AgentDocument document, WorkspaceAgent other) {
        String otherKey = AgentNames.key(other.name());
        List<String> tools = new ArrayList<>();
        for (String tool : NameList.from(document.value("tools").orElse(null))) {
            Optional<SpawnTool> spawn = SpawnTool.parse(tool);
            if (spawn.isEmpty()) {
                tools.add(tool);
            } else {
                spawn.get().without(name -> AgentNames.key(name).equals(otherKey)).map(SpawnTool::entry).ifPresent(tools::add);
            }
        }
        return tools;
    }

    private static String whyByHand(FoundReference found, WorkspaceAgent other) {
        if (found.kind() == EdgeKind.MENTIONS) {
            return "mentions " + other.name() + " in running text; reword it by hand if it should go";
        }
        if (found.item().kind() == ItemKind.FIELD) {
            return "declares " + other.name() + " in the frontmatter; edit that field by hand";
        }
        return "names " + other.name() + " in a sentence; edit the sentence by hand";
    }

}
