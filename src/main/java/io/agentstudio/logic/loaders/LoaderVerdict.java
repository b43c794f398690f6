package io.agentstudio.logic.loaders;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a tool's own loader does with one agent file, as the studio reproduces it: whether the agent loads, why not,
 * and the frontmatter as the tool reads it (which differs from strict YAML where the tool repairs what it reads).
 *
 * @param loads       whether the tool offers the agent
 * @param reason      why it does not, in the tool's terms; null when it loads
 * @param key         the frontmatter key the refusal is about, or null
 * @param frontmatter the frontmatter as the tool reads it (empty when it finds none)
 * @param repaired    whether the tool read the frontmatter only after repairing it (quoting values, replacing tabs)
 */
public record LoaderVerdict(boolean loads, String reason, String key, Map<String, Object> frontmatter, boolean repaired) {

    public LoaderVerdict {
        frontmatter = frontmatter == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(frontmatter));
    }

    static LoaderVerdict refused(String reason, String key, Map<String, Object> frontmatter, boolean repaired) {
        return new LoaderVerdict(false, reason, key, frontmatter, repaired);
    }

    static LoaderVerdict loaded(Map<String, Object> frontmatter, boolean repaired) {
        return new LoaderVerdict(true, null, null, frontmatter, repaired);
    }

    /** A frontmatter value as the tool reads it, when it is text. */
    public Optional<String> text(String key) {
        return frontmatter.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** Keys of the frontmatter, in the order read. */
    public List<String> keys() {
        return List.copyOf(frontmatter.keySet());
    }
}
