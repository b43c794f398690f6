package io.agentstudio.logic.validation.loaders;

import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A tool's agent loader, reproduced from what the real one was seen to do (conformance/verdicts.json, held to by
 * LoaderConformanceTest). Only the tools that can be run here are reproduced; the others have none.
 */
public interface ToolLoader {

    /**
     * What the tool does with the file's text at {@code relative} (inside the workspace), or empty when the file is
     * not where the tool looks for agents at all.
     */
    LoaderVerdict read(String text, Path relative);

    /** The tool's name and the version it reproduces, e.g. "Claude Code 2.1.332". */
    String tool();

    /**
     * The text as a JavaScript tool decodes the file: the studio keeps each byte that is not UTF-8 as a lone low
     * surrogate (to write it back unchanged), where Node and Bun read U+FFFD.
     */
    static String asDecodedByJavaScript(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escapedByte = c >= '\uDC80' && c <= '\uDCFF' && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (escapedByte && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(escapedByte ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * True when the file lies in the tool's own agents folder ({@code .claude/agents}, at any depth below it), where
     * the tool decides which files it reads by their names and places. A file elsewhere (a collection, a file checked
     * on its own) is judged by its content, as if it were put there.
     */
    static boolean inFolder(Path relative, String toolFolder, String agents) {
        Path folder = relative.getParent();
        for (int i = 0; folder != null && i + 1 < folder.getNameCount(); i++) {
            if (folder.getName(i).toString().equals(toolFolder) && folder.getName(i + 1).toString().equals(agents)) {
                return true;
            }
        }
        return false;
    }

    static Optional<ToolLoader> of(Dialect dialect) {
        return switch (dialect) {
            case CLAUDE_CODE -> Optional.of(ClaudeCodeLoader.INSTANCE);
            case GEMINI -> Optional.of(GeminiLoader.INSTANCE);
            default -> Optional.empty();
        };
    }
}
