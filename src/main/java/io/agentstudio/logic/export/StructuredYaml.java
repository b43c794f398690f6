package io.agentstudio.logic.export;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a map or list (OpenCode's permission, Copilot's handoffs and metadata) as block YAML with SnakeYAML's
 * emitter, which quotes what needs quoting; the frontmatter editor then reads it back before accepting it.
 */
final class StructuredYaml {
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(options);
    });

    private StructuredYaml() {
    }

    static String dump(Object value) {
        return YAML.get().dump(value);
    }
}
