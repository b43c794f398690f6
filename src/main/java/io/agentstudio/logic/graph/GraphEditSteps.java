package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.EdgeKind;
import java.util.ArrayList;
import java.util.List;

/** What link, unlink and rename check and build the same way. */
final class GraphEditSteps {

    private GraphEditSteps() {
    }

    static void requireDifferent(WorkspaceAgent a, WorkspaceAgent b) {
        if (a.path().equals(b.path())) {
            throw new IllegalArgumentException("an agent does not delegate to itself");
        }
    }

    static WorkspaceAgent withDocument(WorkspaceAgent agent, AgentDocument document) {
        return new WorkspaceAgent(agent.path(), agent.relativePath(), agent.dialect(), document, agent.stamp());
    }

    /** What a file's references say, independent of where they are: the check that an edit did only what it meant. */
    static List<String> signature(List<AgentReference> references) {
        List<String> keys = new ArrayList<>(references.size());
        references.forEach(r -> keys.add(key(r)));
        keys.sort(null);
        return keys;
    }

    static String key(AgentReference reference) {
        String target = reference.target() == null ? "ghost:" + reference.found().key() : reference.target().path().toString();
        return reference.found().kind().id() + "|" + reference.found().reverse() + "|" + target;
    }

    static String key(EdgeKind kind, boolean reverse, WorkspaceAgent target) {
        return kind.id() + "|" + reverse + "|" + target.path();
    }

    static String firstLine(String text, ReferenceItem item) {
        int end = item.start();
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(item.start(), end);
    }

    static String display(WorkspaceAgent agent) {
        return agent.relativePath().toString().replace('\\', '/');
    }

    static GraphEdit.HandEdit handEdit(AgentReference reference, String why) {
        return new GraphEdit.HandEdit(reference.source().file(), reference.source().firstLine(),
                reference.source().text().lines().findFirst().orElse(""), why);
    }
}
