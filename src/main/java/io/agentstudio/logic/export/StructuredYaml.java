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

    private static final ThreadLocal<Yaml> FLOW = ThreadLocal.withInitial(() -> {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(options);
    });

    /**
     * Block YAML; a map or list whose block form is one line ({@code bash: deny}) in flow form instead
     * ({@code {bash: deny}}), as one line after its key would read as a key of its own.
     */
    static String dump(Object value) {
        String block = YAML.get().dump(value);
        return block.strip().contains("\n") ? block : FLOW.get().dump(value);
    }
}
