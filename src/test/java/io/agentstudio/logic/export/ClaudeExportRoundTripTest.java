package io.agentstudio.logic.export;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.FrontmatterField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A valid workspace exported for Claude Code and opened again as a workspace has the same agents. */
class ClaudeExportRoundTripTest {
    @TempDir
    Path temp;

    @Test
    void theClaudeExportReopensWithTheSameAgentsFieldsAndBodies() throws IOException {
        Path workspace = ExportFixture.sample(temp);
        Path destination = temp.resolve("project");

        ExportReport report = ExportFixture.service().run(ExportRequest.into(workspace, ExportTarget.CLAUDE, destination), ExportProgress.NONE);

        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(agents(WorkspaceLoader.load(destination))).isEqualTo(agents(WorkspaceLoader.load(workspace)));
    }

    /** Per agent name: every field's value in file order, and the body. */
    private static Map<String, Map<String, Object>> agents(Workspace workspace) {
        Map<String, Map<String, Object>> agents = new TreeMap<>();
        for (WorkspaceAgent agent : workspace.agents()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (FrontmatterField field : agent.document().fields()) {
                fields.put(field.key(), field.value());
            }
            fields.put("<body>", agent.document().body());
            agents.put(agent.name(), fields);
        }
        return agents;
    }
}
