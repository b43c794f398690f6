package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;

/** Edits of the body (the system prompt): exact text splices after the frontmatter; the frontmatter is untouched. */
public final class BodyEditor {

    private BodyEditor() {
    }

    /** Replaces the whole body; the frontmatter's bytes stay as they are. */
    public static AgentDocument replaceBody(AgentDocument document, String body) {
        return AgentFileParser.parse(document.text().substring(0, document.bodyStart()) + body);
    }

    /** Replaces {@code length} characters at {@code offset} (relative to the body's start) with {@code replacement}. */
    public static AgentDocument replaceInBody(AgentDocument document, int offset, int length, String replacement) {
        int start = document.bodyStart() + offset;
        if (offset < 0 || length < 0 || start + length > document.text().length()) {
            throw new IndexOutOfBoundsException("Body range " + offset + "+" + length + " is outside the body");
        }
        String text = document.text();
        return AgentFileParser.parse(text.substring(0, start) + replacement + text.substring(start + length));
    }
}
