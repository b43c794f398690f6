package io.agentstudio.logic.export;

import io.agentstudio.logic.graph.GraphExtractor;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.DelegationGraph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A workspace as every export of it needs it: loaded, validated and its delegation graph read. Made once, it serves
 * exports to several targets (the slow part of an export is reading, checking and scanning the agents).
 */
public record PreparedWorkspace(Workspace workspace, List<Finding> findings, DelegationGraph graph) {

    public PreparedWorkspace {
        findings = List.copyOf(findings);
    }

    public static PreparedWorkspace load(Path root) throws IOException {
        return of(WorkspaceLoader.load(root));
    }

    public static PreparedWorkspace of(Workspace workspace) {
        return new PreparedWorkspace(workspace, WorkspaceValidation.of(workspace, RuleCatalog.standard()).findings(),
                GraphExtractor.extract(workspace));
    }
}
