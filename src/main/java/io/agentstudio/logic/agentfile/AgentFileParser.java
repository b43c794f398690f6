package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.CodecRules;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.LineEnding;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import io.agentstudio.model.TextLines;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an agent file into frontmatter and body. Never throws on content: whatever is wrong with the file becomes
 * a located {@link Problem} on the returned document, and the text is kept whole so it can be written back as is.
 */
public final class AgentFileParser {

    private AgentFileParser() {
    }

    public static AgentDocument parse(byte[] bytes) {
        LosslessText.Decoded decoded = LosslessText.decode(bytes);
        return parse(decoded.text(), decoded.invalidByteCount(), decoded.firstInvalidByteOffset());
    }

    /** Parses text that came from an editor, where every character is already Unicode. */
    public static AgentDocument parse(String text) {
        int escaped = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (LosslessText.isEscapedByte(text, i)) {
                escaped++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return parse(text, escaped, first);
    }

    private static AgentDocument parse(String text, int invalidBytes, int firstInvalid) {
        List<Problem> problems = new ArrayList<>();
        if (invalidBytes > 0) {
            int offset = firstInvalidCharOffset(text);
            problems.add(Problem.of(CodecRules.INVALID_UTF8, Severity.ERROR,
                    invalidBytes + " byte(s) are not valid UTF-8 (first at byte " + firstInvalid + "). The studio keeps them"
                            + " as they are; re-save the file as UTF-8 in the editor that made it.",
                    TextLines.lineOf(text, offset) + 1, column(text, offset)));
        }
        if (text.isEmpty()) {
            problems.add(Problem.of(CodecRules.EMPTY_FILE, Severity.ERROR,
                    "The file is empty. Add a frontmatter with `name` and `description`, then the agent's instructions.", 1, 1));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            problems.add(Problem.of(CodecRules.BOM, Severity.ERROR,
                    "The file starts with a UTF-8 byte order mark; Gemini CLI and other tools do not see the frontmatter behind"
                            + " it and refuse the agent (Claude Code reads past it). Remove the BOM.", 1, 1));
        }
        LineEnding lineEnding = LineEnding.firstIn(text);
        FenceSplitter.Fences fences = FenceSplitter.split(text);
        List<FrontmatterField> fields = List.of();
        switch (fences.state()) {
            case NONE -> {
                if (!text.isBlank()) {
                    problems.add(Problem.of(CodecRules.NO_FRONTMATTER, Severity.ERROR,
                            "The file has no frontmatter (a first line `---`, then `name:` and `description:`, then `---`)."
                                    + " Claude Code will not load it as an agent.", 1, 1));
                }
            }
            case UNCLOSED -> problems.add(Problem.of(CodecRules.UNCLOSED_FRONTMATTER, Severity.ERROR,
                    "The frontmatter opened on line 1 is never closed: add a line `---` after the last field.", 1, 1));
            case CLOSED -> {
                if (!fences.closingFence().equals("---")) {
                    int line = TextLines.lineOf(text, fences.yamlEnd()) + 1;
                    problems.add(Problem.of(CodecRules.CLOSING_FENCE, Severity.WARNING,
                            "The frontmatter is closed by `" + abbreviate(fences.closingFence()) + "` instead of exactly `---`."
                                    + " Some loaders accept it, others read the whole file as YAML: write `---`.", line, 1));
                }
                YamlFieldReader.Result yaml = YamlFieldReader.read(text, fences.yamlStart(), fences.yamlEnd());
                fields = yaml.fields();
                problems.addAll(yaml.problems());
            }
        }
        return new AgentDocument(text, fences.state(), fences.yamlStart(), fences.yamlEnd(), fences.bodyStart(),
                fences.closingFence(), fields, problems, lineEnding, invalidBytes);
    }

    private static int firstInvalidCharOffset(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LosslessText.isEscapedByte(text, i)) {
                return i;
            }
        }
        return 0;
    }

    private static int column(String text, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        return offset - lineStart + 1;
    }

    private static String abbreviate(String fence) {
        return fence.length() <= 12 ? fence : fence.substring(0, 6) + "…(" + fence.length() + " characters)";
    }

    /** The bytes to write for a document: exactly the bytes it was read from when nothing was edited. */
    public static byte[] toBytes(AgentDocument document) {
        return LosslessText.encode(document.text());
    }
}
