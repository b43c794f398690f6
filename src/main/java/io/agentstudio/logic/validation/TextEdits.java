package io.agentstudio.logic.validation;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.AgentDocument;

/**
 * Text-level fixes for what the field editor cannot touch (a BOM, a fence, YAML that does not parse): replace one
 * range of the text and read the file again. Every character outside the range stays as it was.
 */
public final class TextEdits {

    private TextEdits() {
    }

    public static AgentDocument replace(AgentDocument document, int from, int to, String replacement) {
        String text = document.text();
        return AgentFileParser.parse(text.substring(0, from) + replacement + text.substring(to));
    }
}
