package io.agentstudio.logic.validation;

import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a workspace's rule settings from {@code .agent-studio/rules.yaml}:
 *
 * <pre>
 * rules:
 *   name-file-mismatch: off
 *   description-too-long: info
 * </pre>
 *
 * Each entry turns a rule off or gives it another severity. An entry that cannot be applied (an unknown rule id, an
 * unknown severity, YAML that does not parse) is itself reported, located in that file, and the other entries
 * still apply.
 */
public final class RuleSettingsFile {
    public static final String FILE_NAME = "rules.yaml";
    public static final RuleInfo INVALID = new RuleInfo("rules-config-invalid", Severity.ERROR,
            "An entry of .agent-studio/rules.yaml cannot be applied.",
            "A misspelt rule id or severity would silently leave the rule as it was; such an entry is ignored until it is fixed.",
            null);

    /** The settings read and the problems with the file (empty when it is absent or fine). */
    public record Loaded(RuleSettings settings, List<Finding> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private final Path file;
    private final RuleCatalog rules;
    private final Set<String> off = new HashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final List<Finding> problems = new ArrayList<>();

    private RuleSettingsFile(Path file, RuleCatalog rules) {
        this.file = file;
        this.rules = rules;
    }

    /** The workspace's settings; the defaults when it has no rules file. */
    public static Loaded read(Path workspaceRoot, RuleCatalog rules) {
        StudioStateDirectory state = new StudioStateDirectory(workspaceRoot);
        Path file = state.resolve(FILE_NAME);
        RuleSettingsFile reader = new RuleSettingsFile(file, rules);
        try {
            Optional<byte[]> bytes = state.read(FILE_NAME);
            if (bytes.isEmpty()) {
                return new Loaded(RuleSettings.DEFAULTS, List.of());
            }
            reader.parse(new String(bytes.get(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            reader.problem(0, 0, "The rules file cannot be read (" + e.getMessage() + "); every rule keeps its default.");
        }
        return reader.result();
    }

    /** Reads settings from text as if it were the rules file at {@code file}. */
    public static Loaded parse(String text, Path file, RuleCatalog rules) {
        RuleSettingsFile reader = new RuleSettingsFile(file, rules);
        reader.parse(text);
        return reader.result();
    }

    /** The settings, and the file's problems with the severity the file itself gives them (it may turn them off). */
    private Loaded result() {
        RuleSettings settings = new RuleSettings(off, severities);
        List<Finding> reported = settings.severityOf(INVALID).map(severity -> problems.stream()
                .map(f -> new Finding(new Problem(INVALID.id(), severity, f.problem().message(), file, f.problem().line(),
                        f.problem().column(), null), List.of())).toList()).orElse(List.of());
        return new Loaded(settings, reported);
    }

    private void parse(String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problem(mark, "This is not valid YAML (" + e.getProblem() + "); every rule keeps its default until it parses.");
            return;
        } catch (YAMLException e) {
            problem(0, 0, "This is not valid YAML (" + e.getMessage() + "); every rule keeps its default until it parses.");
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            problem(root.getStartMark(), "Write the settings as a `rules:` mapping of rule id to off, error, warning or info.");
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode()).orElse("");
            if (!key.equals("rules")) {
                problem(tuple.getKeyNode().getStartMark(), "Unknown key `" + key + "`: the file has one key, `rules`.");
            } else if (tuple.getValueNode() instanceof MappingNode entries) {
                entries.getValue().forEach(this::entry);
            } else if (!isNull(tuple.getValueNode())) {
                problem(tuple.getValueNode().getStartMark(), "`rules` must map rule ids to off, error, warning or info.");
            }
        }
    }

    private void entry(NodeTuple entry) {
        Optional<String> id = scalar(entry.getKeyNode());
        Optional<RuleInfo> rule = id.flatMap(rules::find);
        if (rule.isEmpty()) {
            String written = id.orElse("?");
            String hint = Suggestions.closest(written, rules.all().stream().map(RuleInfo::id).toList())
                    .map(s -> " Did you mean `" + s + "`?").orElse(" `validate --list-rules` lists them.");
            problem(entry.getKeyNode().getStartMark(), "There is no rule `" + written + "`; the entry is ignored." + hint);
            return;
        }
        String value = scalar(entry.getValueNode()).orElse("").strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "off" -> off.add(rule.get().id());
            case "error", "warning", "info" -> severities.put(rule.get().id(), Severity.valueOf(value.toUpperCase(Locale.ROOT)));
            default -> problem(entry.getValueNode().getStartMark(), "`" + rule.get().id() + "` takes off, error, warning or info, not `"
                    + value + "`; the rule keeps its default.");
        }
    }

    private static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getValue().isEmpty();
    }

    private void problem(Mark mark, String message) {
        problem(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, message);
    }

    private void problem(int line, int column, String message) {
        problems.add(new Finding(Problem.of(INVALID.id(), INVALID.severity(), message, line, column).inFile(file), List.of()));
    }
}
