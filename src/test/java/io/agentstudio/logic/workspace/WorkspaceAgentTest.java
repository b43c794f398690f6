package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.Dialect;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceAgentTest {
    /** The test on the path's text agrees with asking for its first name, on paths that nearly match. */
    @Test
    void isAUserAgentExactlyWhenItsPathStartsAtTheHome() {
        for (String relative : List.of("~/.claude/agents/a.md", "~/a.md", "~", "~~/a.md", "~a/b.md", "a/~/b.md", "a.md",
                ".claude/agents/~.md", "~.md", "")) {
            Path path = Path.of(relative);
            boolean byName = path.getNameCount() > 1 && path.getName(0).toString().equals(UserAgentFolders.HOME);
            WorkspaceAgent agent = new WorkspaceAgent(Path.of("/w").resolve(path), path, Dialect.CLAUDE_CODE,
                    AgentFileParser.parse("---\nname: a\n---\n"), new FileStamp(0, 0));
            assertThat(agent.isUserAgent()).as(relative).isEqualTo(byName);
        }
    }
}
