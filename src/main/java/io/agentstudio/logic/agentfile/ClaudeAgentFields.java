package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FrontmatterField;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reading of the Claude Code fields of a document. A value of the wrong type reads as absent here (the
 * validation rules report it); the raw value is always on the document.
 */
public record ClaudeAgentFields(AgentDocument document) {

    public Optional<String> name() {
        return text("name");
    }

    public Optional<String> description() {
        return text("description");
    }

    /** Empty when the field is absent: the agent then inherits every tool. */
    public Optional<List<String>> tools() {
        return document.value("tools").map(NameList::from);
    }

    public Optional<List<String>> disallowedTools() {
        return document.value("disallowedTools").map(NameList::from);
    }

    public Optional<String> model() {
        return text("model");
    }

    public Optional<String> permissionMode() {
        return text("permissionMode");
    }

    public Optional<Integer> maxTurns() {
        return document.value("maxTurns").filter(Integer.class::isInstance).map(Integer.class::cast);
    }

    public List<String> skills() {
        return document.value("skills").map(NameList::from).orElse(List.of());
    }

    public Optional<Object> mcpServers() {
        return document.value("mcpServers");
    }

    public Optional<Object> hooks() {
        return document.value("hooks");
    }

    public Optional<String> memory() {
        return text("memory");
    }

    public Optional<Boolean> background() {
        return document.value("background").filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }

    public Optional<String> effort() {
        return text("effort");
    }

    public Optional<String> isolation() {
        return text("isolation");
    }

    public Optional<String> color() {
        return text("color");
    }

    public Optional<String> initialPrompt() {
        return text("initialPrompt");
    }

    /** Every key the catalog does not know, in file order, structured values included. */
    public List<FrontmatterField> otherFields(DialectCatalog catalog) {
        return document.fields().stream().filter(f -> !catalog.knows(f.key())).toList();
    }

    private Optional<String> text(String key) {
        return document.value(key).filter(v -> !(v instanceof Collection<?>) && !(v instanceof Map<?, ?>)).map(String::valueOf);
    }
}
