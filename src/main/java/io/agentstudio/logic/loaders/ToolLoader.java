package io.agentstudio.logic.loaders;

import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A tool's agent loader, reproduced from what the real one was seen to do (conformance/verdicts.json, held to by
 * LoaderConformanceTest). Only the tools that can be run here are reproduced; the others have none.
 */
public interface ToolLoader {

    /**
     * What the tool does with the file's text at {@code relative} (inside the workspace); a file in the tool's own
     * agents folder is also judged by its name and place there.
     *
     * @throws io.agentstudio.logic.agentfile.YamlLimits.Exceeded when the frontmatter is beyond what the studio reads
     */
    LoaderVerdict read(String text, Path relative);

    /** The tool's name and the version it reproduces, e.g. "Claude Code 2.1.332". */
    String tool();

    static Optional<ToolLoader> of(Dialect dialect) {
        return switch (dialect) {
            case CLAUDE_CODE -> Optional.of(ClaudeCodeLoader.INSTANCE);
            case GEMINI -> Optional.of(GeminiLoader.INSTANCE);
            default -> Optional.empty();
        };
    }
}
