package io.agentstudio.logic.agentfile;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the studio reads of a frontmatter, for its own parser and for its reproductions of the tools' loaders alike:
 * no agent frontmatter comes near these (the largest seen is 4 KB with a dozen keys), and past them a file could
 * stall the studio (a 500-byte alias bomb stands for a hundred million values). A frontmatter over a limit is not
 * read: the caller reports that the studio cannot check it, at the place the limit was crossed.
 */
public final class YamlLimits {
    public static final int MAX_CHARS = 256 * 1024;
    public static final int MAX_KEYS = 1_000;
    /** Deeper than the corpus's own 60-level edge case, which Claude Code loads. */
    public static final int MAX_DEPTH = 100;
    /** Values (scalars, lists, maps) with each alias counted as the values it stands for. */
    public static final int MAX_VALUES = 10_000;

    private YamlLimits() {
    }

    /** A limit crossed: what, and where in the YAML (0-based line and column; the line is 0 for the size). */
    public static final class Exceeded extends YAMLException {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        Exceeded(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        Exceeded(String message, Mark mark) {
            this(message, mark.getLine(), mark.getColumn());
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** The size limit, checked before any parsing. */
    public static Optional<Exceeded> tooLarge(String yaml) {
        if (yaml.length() <= MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new Exceeded(String.format(Locale.ROOT, "The frontmatter has %,d characters; the studio reads at most %,d",
                yaml.length(), MAX_CHARS), 0, 0));
    }

    /** SnakeYAML's own limits, set so that the counting parser's located ones are met first. */
    public static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setMaxAliasesForCollections(MAX_VALUES);
        options.setCodePointLimit(MAX_CHARS + 1);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** The parser, counting its events as they go by and throwing {@link Exceeded} where a limit is crossed. */
    public static Parser bounded(Parser parser) {
        return new CountingParser(parser);
    }

    private static final class CountingParser implements Parser {
        private final Parser parser;
        /** Open collections: the value count when each started, its anchor, and for a map, how many children so far. */
        private final Deque<Open> open = new ArrayDeque<>();
        /** Values each finished anchor stands for; an anchor still open is being defined (an alias to it recurses). */
        private final Map<String, Long> anchors = new HashMap<>();
        private long values;
        private int keys;

        CountingParser(Parser parser) {
            this.parser = parser;
        }

        private static final class Open {
            final long valuesBefore;
            final String anchor;
            final boolean mapping;
            int children;

            Open(long valuesBefore, String anchor, boolean mapping) {
                this.valuesBefore = valuesBefore;
                this.anchor = anchor;
                this.mapping = mapping;
            }
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            if (event instanceof ScalarEvent scalar) {
                node(event, 1);
                if (scalar.getAnchor() != null) {
                    anchors.put(scalar.getAnchor(), 1L);
                }
            } else if (event instanceof AliasEvent alias) {
                node(event, standsFor(alias));
            } else if (event instanceof CollectionStartEvent start) {
                node(event, 1);
                if (open.size() >= MAX_DEPTH) {
                    throw new Exceeded("Values are nested more than " + MAX_DEPTH + " levels deep here; the studio reads at most "
                            + MAX_DEPTH, event.getStartMark());
                }
                if (start.getAnchor() != null) {
                    anchors.remove(start.getAnchor()); // redefined: an alias inside it now refers to it
                }
                open.push(new Open(values - 1, start.getAnchor(), event instanceof MappingStartEvent));
            } else if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
                Open closed = open.pop();
                if (closed.anchor != null) {
                    anchors.put(closed.anchor, values - closed.valuesBefore);
                }
            }
            return event;
        }

        private long standsFor(AliasEvent alias) {
            Long count = anchors.get(alias.getAnchor());
            if (count != null) {
                return count;
            }
            boolean recursive = open.stream().anyMatch(o -> alias.getAnchor().equals(o.anchor));
            if (recursive) {
                throw new Exceeded("The alias `*" + alias.getAnchor() + "` refers to a value that contains it, which stands for"
                        + " endlessly many values; the studio reads at most " + String.format(Locale.ROOT, "%,d", MAX_VALUES),
                        alias.getStartMark());
            }
            return 1; // an undefined alias: SnakeYAML reports it
        }

        /** One more value (or the many an alias stands for) in the collection open now. */
        private void node(Event event, long count) {
            Open parent = open.peek();
            if (parent != null && parent.mapping && parent.children++ % 2 == 0 && ++keys > MAX_KEYS) {
                throw new Exceeded(String.format(Locale.ROOT, "The frontmatter has more than %,d keys; the studio reads at most %,d",
                        MAX_KEYS, MAX_KEYS), event.getStartMark());
            }
            values += count;
            if (values > MAX_VALUES) {
                String what = event instanceof AliasEvent alias
                        ? "With the alias `*" + alias.getAnchor() + "` (" + String.format(Locale.ROOT, "%,d", count) + " values)"
                                + " the frontmatter stands for more than"
                        : "The frontmatter holds more than";
                throw new Exceeded(String.format(Locale.ROOT, "%s %,d values (an alias counts as the values it repeats);"
                        + " the studio reads at most %,d", what, MAX_VALUES, MAX_VALUES), event.getStartMark());
            }
        }
    }
}
