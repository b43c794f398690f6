package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.AgentFileParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenCode (1.18.33, both its loaders) names an agent by its path below the agents folder: two {@code reviewer.md}
 * in different subfolders are two agents, {@code team/reviewer} and {@code other/reviewer}. The other tools' subfolders
 * name nothing.
 */
class OpenCodeAgentIdsTest {

    @ParameterizedTest
    @CsvSource({
            ".opencode/agents/reviewer.md, reviewer",
            ".opencode/agents/team/reviewer.md, team/reviewer",
            ".opencode/agents/team/sub/deep.md, team/sub/deep",
            ".opencode/agent/old.md, old",
            "service/.opencode/agents/team/reviewer.md, team/reviewer",
            ".claude/agents/team/reviewer.md, reviewer",
            ".github/agents/team/reviewer.agent.md, reviewer",
            ".cursor/agents/team/reviewer.md, reviewer",
    })
    void theFilesPlaceNamesTheAgentOnlyForOpenCode(String relative, String id) {
        Path path = Path.of(relative);
        WorkspaceAgent agent = new WorkspaceAgent(Path.of("/w").resolve(path), path, DialectLocator.dialectOf(path).orElseThrow(),
                AgentFileParser.parse("---\ndescription: Reviews.\n---\nBody.\n"), null);

        assertThat(agent.fileId()).isEqualTo(id);
        assertThat(agent.fileStem()).isEqualTo(Path.of(relative).getFileName().toString().replaceAll("(\\.agent)?\\.md$", ""));
    }

    @ParameterizedTest
    @CsvSource({".opencode/commands/x.md", ".claude/agents/x.md", "agents/x.md"})
    void noOpenCodeIdOutsideItsAgentsFolder(String relative) {
        assertThat(DialectLocator.openCodeId(Path.of(relative))).isEmpty();
    }
}
