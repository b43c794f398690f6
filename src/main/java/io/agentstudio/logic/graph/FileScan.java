package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.EdgeSource;

import java.util.ArrayList;
import java.util.List;

/** Every reference in one agent file, resolved against the workspace, and the delegation lists of its body. */
record FileScan(WorkspaceAgent agent, List<AgentReference> references, List<BodyScanner.DelegationList> lists) {

    static FileScan of(WorkspaceAgent agent, NameIndex index) {
        String text = agent.document().text();
        LineIndex lines = new LineIndex(text);
        List<FoundReference> found = new ArrayList<>(FrontmatterScanner.scan(agent.document(), lines));
        BodyScanner.Result body = BodyScanner.scan(agent.document(), index, lines);
        found.addAll(body.references());
        List<AgentReference> references = new ArrayList<>(found.size());
        for (FoundReference f : found) {
            WorkspaceAgent target = index.resolve(f.key(), agent).orElse(null);
            int nameLine = lines.lineOf(f.nameStart());
            EdgeSource source = new EdgeSource(agent.relativePath(), f.item().firstLine(), f.item().lastLine(),
                    f.item().text(text), f.nameStart(), f.nameEnd(), nameLine + 1, f.nameStart() - lines.lineStart(nameLine) + 1,
                    f.written(), f.form(), f.section());
            references.add(new AgentReference(agent, target, f, source));
        }
        return new FileScan(agent, List.copyOf(references), body.lists());
    }
}
