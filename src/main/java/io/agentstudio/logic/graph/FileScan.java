package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.EdgeSource;

import java.util.ArrayList;
import java.util.List;

/** Every reference in one agent file, resolved against the workspace, and the delegation lists of its body. */
record FileScan(WorkspaceAgent agent, List<AgentReference> references, List<BodyScanner.DelegationList> lists) {

    static FileScan of(WorkspaceAgent agent, NameIndex index) {
        LineIndex lines = new LineIndex(agent.document().text());
        List<FoundReference> found = new ArrayList<>(FrontmatterScanner.scan(agent.document(), lines));
        BodyScanner.Result body = BodyScanner.scan(agent.document(), index, lines);
        found.addAll(body.references());
        return new FileScan(agent, resolve(agent, index, lines, found), body.lists());
    }

    /** The references written in the frontmatter alone (tools, declared agents): cheap, no Markdown parse. */
    static List<AgentReference> inFrontmatter(WorkspaceAgent agent, NameIndex index) {
        LineIndex lines = new LineIndex(agent.document().text());
        return resolve(agent, index, lines, FrontmatterScanner.scan(agent.document(), lines));
    }

    static List<AgentReference> resolve(WorkspaceAgent agent, NameIndex index, LineIndex lines, List<FoundReference> found) {
        String text = agent.document().text();
        List<AgentReference> references = new ArrayList<>(found.size());
        for (FoundReference f : found) {
            WorkspaceAgent target = index.resolve(f.key(), agent).orElse(null);
            int nameLine = lines.lineOf(f.nameStart());
            EdgeSource source = new EdgeSource(agent.relativePath(), f.item().firstLine(), f.item().lastLine(),
                    f.item().text(text), f.nameStart(), f.nameEnd(), nameLine + 1, f.nameStart() - lines.lineStart(nameLine) + 1,
                    f.written(), f.form(), f.section());
            references.add(new AgentReference(agent, target, f, source));
        }
        return List.copyOf(references);
    }
}
