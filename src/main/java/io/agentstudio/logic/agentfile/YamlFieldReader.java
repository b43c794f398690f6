package io.agentstudio.logic.agentfile;

import io.agentstudio.model.CodecRules;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import io.agentstudio.model.TextLines;
import io.agentstudio.model.ValueStyle;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the top-level keys of a frontmatter block with SnakeYAML's node tree, which knows where every value
 * starts and ends, so that each field can later be rewritten by replacing exactly its own lines.
 */
final class YamlFieldReader {

    record Result(List<FrontmatterField> fields, List<Problem> problems) {
    }

    private final String text;
    private final int yamlStart;
    private final int yamlEnd;
    private final int firstYamlLine;
    private final int[] yamlLineStarts;
    /** The file's line (LF, CRLF or a lone CR ending one, as {@link TextLines} counts) of each YAML line. */
    private final int[] fileLines;

    private YamlFieldReader(String text, int yamlStart, int yamlEnd) {
        this.text = text;
        this.yamlStart = yamlStart;
        this.yamlEnd = yamlEnd;
        this.firstYamlLine = TextLines.lineOf(text, yamlStart);
        this.yamlLineStarts = yamlLineStarts(text, yamlStart, yamlEnd);
        this.fileLines = fileLines(text, yamlStart, yamlLineStarts, firstYamlLine);
    }

    static Result read(String text, int yamlStart, int yamlEnd) {
        return new YamlFieldReader(text, yamlStart, yamlEnd).read();
    }

    /** Loads one YAML document the way the reader does (used to check that written values read back equal). */
    static Object load(String yaml) {
        Node node = compose(yaml);
        return node == null ? null : new ValueConstructor().construct(node);
    }

    private Result read() {
        String yaml = text.substring(yamlStart, yamlEnd);
        Optional<YamlLimits.Exceeded> tooLarge = YamlLimits.tooLarge(yaml);
        if (tooLarge.isPresent()) {
            return failure(overLimit(tooLarge.get()));
        }
        Node root;
        try {
            root = compose(yaml);
        } catch (YamlLimits.Exceeded e) {
            return failure(overLimit(e));
        } catch (MarkedYAMLException e) {
            return failure(syntaxProblem(e));
        } catch (YAMLException e) {
            return failure(Problem.of(CodecRules.YAML_SYNTAX, Severity.ERROR,
                    "The frontmatter is not valid YAML (" + e.getMessage() + ").",
                    firstYamlLine + 1, 1));
        }
        if (root == null) {
            return new Result(List.of(), List.of());
        }
        if (!(root instanceof MappingNode mapping)) {
            return failure(Problem.of(CodecRules.YAML_NOT_MAPPING, Severity.ERROR,
                    "The frontmatter must be a list of `key: value` lines, but it is a single "
                            + (root instanceof SequenceNode ? "list" : "value") + ". Write each field as `key: value`.",
                    fileLine(root.getStartMark()) + 1, 1));
        }
        return readMapping(mapping);
    }

    private Result readMapping(MappingNode mapping) {
        List<FrontmatterField> fields = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        ValueConstructor constructor = CONSTRUCTOR.get();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node valueNode = tuple.getValueNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : rawText(keyNode);
            int firstLine = keyNode.getStartMark().getLine();
            Integer earlier = seen.putIfAbsent(key, firstLine);
            if (earlier != null) {
                return failure(Problem.of(CodecRules.YAML_SYNTAX, Severity.ERROR,
                        "The key `" + key + "` appears twice (lines " + (firstYamlLine + earlier + 1) + " and "
                                + (firstYamlLine + firstLine + 1) + "). YAML loaders reject the whole frontmatter; keep one of them.",
                        firstYamlLine + firstLine + 1, keyNode.getStartMark().getColumn() + 1));
            }
            Object value;
            try {
                value = constructor.construct(valueNode);
            } catch (YAMLException e) {
                return failure(Problem.of(CodecRules.YAML_SYNTAX, Severity.ERROR,
                        "The value of `" + key + "` cannot be read: " + e.getMessage(), firstYamlLine + firstLine + 1, 1));
            }
            int lastLine = lastLine(valueNode);
            int startOffset = yamlStart + yamlLineStarts[firstLine];
            int endOffset = lastLine + 1 < yamlLineStarts.length ? yamlStart + yamlLineStarts[lastLine + 1] : yamlEnd;
            fields.add(new FrontmatterField(key, value, styleOf(valueNode),
                    fileLines[firstLine], fileLines[lastLine],
                    startOffset, endOffset, keyNode.getStartMark().getColumn(), itemIndent(valueNode)));
        }
        return new Result(fields, List.of());
    }

    /** The 0-based YAML line holding the value's last character, not the blank or comment lines after it. */
    private int lastLine(Node node) {
        if (node instanceof SequenceNode seq && seq.getFlowStyle() == DumperOptions.FlowStyle.BLOCK && !seq.getValue().isEmpty()) {
            return lastLine(seq.getValue().get(seq.getValue().size() - 1));
        }
        if (node instanceof MappingNode map && map.getFlowStyle() == DumperOptions.FlowStyle.BLOCK && !map.getValue().isEmpty()) {
            return lastLine(map.getValue().get(map.getValue().size() - 1).getValueNode());
        }
        Mark end = node.getEndMark();
        int line = end.getColumn() == 0 && end.getLine() > node.getStartMark().getLine() ? end.getLine() - 1 : end.getLine();
        if (node instanceof ScalarNode scalar && isBlock(scalar) && !keepsTrailingLines(scalar)) {
            while (line > node.getStartMark().getLine() && isBlankYamlLine(line)) {
                line--;
            }
        }
        return Math.min(line, yamlLineStarts.length - 1);
    }

    private static boolean isBlock(ScalarNode scalar) {
        return scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
    }

    private boolean keepsTrailingLines(ScalarNode scalar) {
        int headerStart = yamlStart + yamlLineStarts[scalar.getStartMark().getLine()];
        int headerEnd = TextLines.lineContentEnd(text, headerStart);
        String header = text.substring(headerStart, headerEnd);
        int indicator = Math.max(header.lastIndexOf('|'), header.lastIndexOf('>'));
        return indicator >= 0 && header.indexOf('+', indicator) > 0;
    }

    private boolean isBlankYamlLine(int line) {
        int from = yamlStart + yamlLineStarts[line];
        int to = TextLines.lineContentEnd(text, from);
        return text.substring(from, to).isBlank();
    }

    private int itemIndent(Node node) {
        if (node instanceof SequenceNode seq && seq.getFlowStyle() == DumperOptions.FlowStyle.BLOCK && !seq.getValue().isEmpty()) {
            int from = yamlStart + yamlLineStarts[seq.getValue().get(0).getStartMark().getLine()];
            int i = from;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i - from;
        }
        return -1;
    }

    private static ValueStyle styleOf(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW ? ValueStyle.FLOW_LIST : ValueStyle.BLOCK_LIST;
        }
        if (node instanceof MappingNode map) {
            return map.getFlowStyle() == DumperOptions.FlowStyle.FLOW ? ValueStyle.FLOW_MAP : ValueStyle.BLOCK_MAP;
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.getScalarStyle()) {
            case SINGLE_QUOTED -> ValueStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ValueStyle.DOUBLE_QUOTED;
            case LITERAL -> ValueStyle.LITERAL_BLOCK;
            case FOLDED -> ValueStyle.FOLDED_BLOCK;
            default -> scalar.getValue().isEmpty() && scalar.getTag().equals(Tag.NULL) ? ValueStyle.EMPTY : ValueStyle.PLAIN;
        };
    }

    private String rawText(Node node) {
        int from = yamlStart + yamlLineStarts[node.getStartMark().getLine()] + node.getStartMark().getColumn();
        return text.substring(from, TextLines.lineContentEnd(text, from)).strip();
    }

    private Result failure(Problem problem) {
        return new Result(List.of(), List.of(problem));
    }

    private Problem syntaxProblem(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? firstYamlLine + 1 : fileLine(mark) + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        String problem = e.getProblem() == null ? "it cannot be read" : e.getProblem();
        return Problem.of(CodecRules.YAML_SYNTAX, Severity.ERROR,
                "The frontmatter is not valid YAML: " + problem + ". "
                        + YamlHints.hintFor(problem),
                line, column);
    }

    private int fileLine(Mark mark) {
        return firstYamlLine + mark.getLine();
    }

    /** Line starts of the YAML block relative to {@code yamlStart}, counting breaks as SnakeYAML does. */
    private static int[] yamlLineStarts(String text, int from, int to) {
        int[] starts = new int[16]; // an array grown by doubling, not boxed integers: every file's frontmatter comes here
        int count = 1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n';
            if (crlf) {
                i++;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                if (i + 1 < to) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1 - from;
                }
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * The file line of each YAML line, counted in one pass (finding it per field from the file's start made a
     * frontmatter of many keys quadratic). SnakeYAML breaks lines at more characters than the file's line count does
     * (NEL, U+2028, U+2029), so several YAML lines may share one file line; every file line break is a YAML one.
     */
    private static int[] fileLines(String text, int yamlStart, int[] yamlLineStarts, int firstYamlLine) {
        int[] lines = new int[yamlLineStarts.length];
        int line = firstYamlLine;
        for (int k = 0; k < yamlLineStarts.length; k++) {
            if (k > 0) {
                int breakAt = yamlStart + yamlLineStarts[k] - 1;
                char c = text.charAt(breakAt);
                if (c == '\n' || c == '\r') {
                    line++;
                }
            }
            lines[k] = line;
        }
        return lines;
    }

    /**
     * The node tree of one YAML document, composed within {@link YamlLimits}, with the marks where each node starts
     * and ends; null for an empty one.
     */
    static Node compose(String yaml) {
        LoaderOptions options = OPTIONS;
        Parser parser = YamlLimits.bounded(new ParserImpl(new StreamReader(new StringReader(yaml)), options));
        return new Composer(parser, RESOLVER.get(), options).getSingleNode();
    }

    private static final LoaderOptions OPTIONS = options();

    /**
     * One resolver per thread, reused: building one compiles its regular expressions, which cost more than composing
     * a typical frontmatter.
     */
    private static final ThreadLocal<Resolver> RESOLVER = ThreadLocal.withInitial(Resolver::new);

    /**
     * One constructor per thread, reused for the same reason: building one registers a dozen value constructors, which
     * cost as much as constructing a frontmatter's values. It keeps nothing of a document once that is constructed (its
     * tables of objects being built are cleared, even when a value fails).
     */
    private static final ThreadLocal<ValueConstructor> CONSTRUCTOR = ThreadLocal.withInitial(ValueConstructor::new);

    private static LoaderOptions options() {
        QuietSnakeYaml.forConstructor(ValueConstructor.class);
        LoaderOptions options = YamlLimits.options();
        options.setAllowDuplicateKeys(true);
        options.setProcessComments(false);
        return options;
    }

    /** The problem of a frontmatter over a limit: the tools may load it, but the studio cannot check it. */
    private Problem overLimit(YamlLimits.Exceeded e) {
        int line = e.line() < fileLines.length ? fileLines[e.line()] : firstYamlLine + e.line();
        return Problem.of(CodecRules.FRONTMATTER_OVER_LIMIT, Severity.WARNING, e.getMessage() + ", so it cannot check this file:"
                + " its fields are not checked, shown or edited here. The tools may still load it.", line + 1, e.column() + 1);
    }

    /** SafeConstructor that keeps timestamps as the text the author wrote instead of java.util.Date. */
    private static final class ValueConstructor extends SafeConstructor {
        ValueConstructor() {
            super(new LoaderOptions());
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }

        Object construct(Node node) {
            return constructDocument(node);
        }
    }
}
