package io.agentstudio.logic.loaders;

import io.agentstudio.logic.agentfile.QuietSnakeYaml;
import io.agentstudio.logic.agentfile.YamlLimits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * YAML as the JavaScript tools read it: the YAML 1.2 core schema (only {@code true}/{@code false} are booleans, no
 * {@code yes}, no sexagesimal numbers), which is what Bun's parser (Claude Code) and js-yaml (Gemini CLI) implement,
 * on SnakeYAML's parser. js-yaml also reads timestamps as dates and refuses repeated keys; Bun does neither.
 */
final class Yaml12 {
    /** A YAML timestamp as js-yaml reads it: a date, not text, so a schema that wants text refuses it. */
    record Timestamp(String written) {
    }

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                    + "(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$");

    /**
     * The schemas, built once (after {@link #TIMESTAMP}, which one of them reads): a resolver compiles its patterns
     * when made and only reads them afterwards, so one is shared by every load and thread (a new one per load cost
     * more than the load's own scanning).
     */
    private static final CoreSchema CORE = new CoreSchema(false);
    private static final CoreSchema CORE_WITH_TIMESTAMPS = new CoreSchema(true);

    private static final Yaml12 BUN = new Yaml12(false, true);
    private static final Yaml12 JS_YAML = new Yaml12(true, false);

    private final boolean timestamps;
    private final boolean duplicateKeys;
    /**
     * A constructor per thread, reused: building one registers a dozen value constructors, which cost about as much as
     * constructing a frontmatter. It keeps nothing of a document once that is constructed (its tables of objects being
     * built are cleared, even when a value fails); each load gives it its own composer.
     */
    private final ThreadLocal<Constructor> constructors;

    private Yaml12(boolean timestamps, boolean duplicateKeys) {
        this.timestamps = timestamps;
        this.duplicateKeys = duplicateKeys;
        this.constructors = ThreadLocal.withInitial(() -> constructor(timestamps, duplicateKeys));
    }

    /** Bun's reader: repeated keys are allowed (the last wins), timestamps stay text. */
    static Yaml12 bun() {
        return BUN;
    }

    /** js-yaml's default schema: timestamps are dates, a repeated key is an error. */
    static Yaml12 jsYaml() {
        return JS_YAML;
    }

    /**
     * The document's value, or the parser's message when it is not YAML to this reader.
     *
     * @throws YamlLimits.Exceeded when the YAML is beyond what the studio reads: what the tool makes of it is not known
     */
    Parsed load(String written) {
        QuietSnakeYaml.forConstructor(Constructor.class);
        Optional<YamlLimits.Exceeded> tooLarge = YamlLimits.tooLarge(written);
        if (tooLarge.isPresent()) {
            throw tooLarge.get();
        }
        boolean separators = holdsSeparators(written);
        String yaml = asJavaScriptParsersSeeIt(written, separators);
        LoaderOptions options = YamlLimits.options();
        options.setAllowDuplicateKeys(duplicateKeys);
        Constructor constructor = constructors.get();
        constructor.setComposer(new Composer(YamlLimits.bounded(new ParserImpl(new StreamReader(yaml), options)),
                timestamps ? CORE_WITH_TIMESTAMPS : CORE, options));
        try {
            Object value = constructor.getSingleData(Object.class);
            return new Parsed(separators ? restoreSeparators(value) : value, null);
        } catch (YamlLimits.Exceeded e) {
            throw e;
        } catch (YAMLException | IllegalArgumentException e) {
            return new Parsed(null, Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()).lines().findFirst()
                    .orElse(""));
        }
    }

    private static Constructor constructor(boolean timestamps, boolean duplicateKeys) {
        LoaderOptions options = YamlLimits.options();
        options.setAllowDuplicateKeys(duplicateKeys);
        Constructor constructor = new Constructor(options, timestamps);
        constructor.setAllowDuplicateKeys(duplicateKeys);
        return constructor;
    }

    /**
     * Where SnakeYAML and the JavaScript parsers part: YAML 1.2 no longer breaks lines at U+2028/U+2029 (SnakeYAML
     * still does), and takes a tab after a key's colon as white space (SnakeYAML refuses it). The separators are
     * stood in for by private-use characters and put back in the values read.
     */
    private static String asJavaScriptParsersSeeIt(String yaml, boolean separators) {
        String replaced = separators
                ? yaml.replace('\u2028', LINE_SEPARATOR_STAND_IN).replace('\u2029', PARAGRAPH_SEPARATOR_STAND_IN) : yaml;
        // Most frontmatter holds no tab at all: then the pattern cannot match and need not run.
        return replaced.indexOf('\t') < 0 ? replaced : TAB_AFTER_KEY.matcher(replaced).replaceAll("$1 ");
    }

    /**
     * True when the text holds a separator or one of their stand-ins (a stand-in written in the file is read back as
     * a separator too, so the values must go through {@link #restoreSeparators} then as well); usually false, and then
     * neither the replacing nor the restoring walk is needed.
     */
    private static boolean holdsSeparators(String yaml) {
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\u2028' || c == '\u2029' || c == LINE_SEPARATOR_STAND_IN || c == PARAGRAPH_SEPARATOR_STAND_IN) {
                return true;
            }
        }
        return false;
    }

    private static Object restoreSeparators(Object value) {
        if (value instanceof String s) {
            return s.replace(LINE_SEPARATOR_STAND_IN, '\u2028').replace(PARAGRAPH_SEPARATOR_STAND_IN, '\u2029');
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Yaml12::restoreSeparators).collect(Collectors.toList());
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> restored = new LinkedHashMap<>();
            map.forEach((k, v) -> restored.put(restoreSeparators(k), restoreSeparators(v)));
            return restored;
        }
        return value;
    }

    private static final char LINE_SEPARATOR_STAND_IN = '\uE028';
    private static final char PARAGRAPH_SEPARATOR_STAND_IN = '\uE029';
    private static final Pattern TAB_AFTER_KEY = Pattern.compile("(?m)^([ ]*[A-Za-z0-9_\"'][^:#\n]*:)\t+");

    record Parsed(Object value, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private static final class CoreSchema extends Resolver {
        private final boolean timestamps;

        CoreSchema(boolean timestamps) {
            super();
            this.timestamps = timestamps;
            if (timestamps) {
                addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789");
            }
        }

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT, Pattern.compile(
                    "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),
                    "-+0123456789.");
            addImplicitResolver(Tag.MERGE, Pattern.compile("^(?:<<)$"), "<");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
        }
    }

    private static final class Constructor extends SafeConstructor {
        Constructor(LoaderOptions options, boolean timestamps) {
            super(options);
            this.yamlConstructors.put(Tag.TIMESTAMP, timestamps
                    ? new ConstructYamlStr() {
                        @Override
                        public Object construct(Node node) {
                            return new Timestamp((String) super.construct(node));
                        }
                    }
                    : new ConstructYamlStr());
        }
    }
}
