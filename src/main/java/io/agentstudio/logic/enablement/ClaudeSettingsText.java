package io.agentstudio.logic.enablement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentstudio.logic.enablement.JsonOutline.Child;
import io.agentstudio.logic.enablement.JsonOutline.Container;
import io.agentstudio.logic.enablement.JsonOutline.Scalar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The text of a Claude Code {@code settings.json}, edited as text: adding or removing one string of
 * {@code permissions.deny} changes exactly the characters of that entry (and, where one has to be made or can go, of
 * its {@code deny} or {@code permissions} member); every other key, value, order, indentation and line ending stays.
 *
 * <p>New text follows the file: an entry or member added after others copies the separator written between them
 * (or before the only one), a new {@code deny} or {@code permissions} member is laid out on lines, with the file's
 * indentation step and line ending, where its neighbours are on lines, and inline where they are inline.
 *
 * <p>Removing the last entry: {@link #withoutDeny} gives back the text that {@link #withDeny} would have turned into
 * this one, where there is such a text: an empty {@code deny}, {@code permissions} or file that the studio made
 * goes again, so turning an agent off and on again leaves the file byte for byte as it was (no stray diff in the
 * repository). A list someone wrote by hand keeps its {@code "deny": []}: only the entry asked for goes. Where two
 * files give the same text (only on one line: {@code {"deny": []}} and no {@code deny} at all both become
 * {@code {"deny": ["Agent(x)"]}}), the one without the empty member is taken; Claude Code reads both alike. Laid out
 * on lines, as Claude Code writes settings, a new {@code deny} is on lines and an entry added to {@code []} inline,
 * so the two never meet.
 */
public final class ClaudeSettingsText {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String BOM = "\uFEFF";
    private static final String DEFAULT_UNIT = "  ";

    private final String text;
    private final int bodyStart;
    private final Container root;

    private ClaudeSettingsText(String text, int bodyStart, Container root) {
        this.text = text;
        this.bodyStart = bodyStart;
        this.root = root;
    }

    /**
     * Reads a settings file's text.
     *
     * @throws SettingsRefusedException when it is not valid JSON, or not a JSON object
     */
    public static ClaudeSettingsText parse(String text) throws SettingsRefusedException {
        int bodyStart = text.startsWith(BOM) ? BOM.length() : 0;
        JsonNode tree;
        try {
            tree = STRICT.readTree(text.substring(bodyStart));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": ";
            throw new SettingsRefusedException("is not valid JSON (" + where + firstLine(e.getOriginalMessage()) + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new SettingsRefusedException("is not a JSON object ({ ... }), which is what Claude Code reads there");
        }
        return new ClaudeSettingsText(text, bodyStart, (Container) JsonOutline.of(text, bodyStart));
    }

    /** The file the studio writes where there is none: the one entry, laid out as Claude Code writes its settings. */
    public static String created(String entry) {
        Layout top = new Layout(true, "", DEFAULT_UNIT, "\n");
        return object(top, inner -> member("permissions", ": ", inner, deeper -> object(deeper,
                innermost -> member("deny", ": ", innermost, layout -> array(layout, quote(entry)))))) + "\n";
    }

    public String text() {
        return text;
    }

    /** The strings of {@code permissions.deny}, in file order; none when either is missing or of another type. */
    public List<String> denyEntries() {
        List<String> entries = new ArrayList<>();
        deny().ifPresent(deny -> deny.children().forEach(element -> {
            if (element.value() instanceof Scalar scalar && scalar.string() != null) {
                entries.add(scalar.string());
            }
        }));
        return entries;
    }

    /**
     * The text with {@code entry} added at the end of {@code permissions.deny}; {@code permissions} and {@code deny}
     * are made where missing.
     *
     * @throws SettingsRefusedException when {@code permissions} is not an object or {@code deny} not a list
     */
    public String withDeny(String entry) throws SettingsRefusedException {
        Optional<Child> permissions = root.member("permissions");
        if (permissions.isEmpty()) {
            return insert(root, layout -> member("permissions", colon(), layout, inner -> object(inner,
                    innermost -> member("deny", colon(), innermost, deepest -> array(deepest, quote(entry))))));
        }
        Container object = requireContainer(permissions.get(), true, "a \"permissions\" that is not an object");
        Optional<Child> deny = object.member("deny");
        if (deny.isEmpty()) {
            return insert(object, layout -> member("deny", colon(), layout, inner -> array(inner, quote(entry))));
        }
        Container list = requireContainer(deny.get(), false, "a \"permissions.deny\" that is not a list");
        return insert(list, layout -> quote(entry));
    }

    /**
     * The text without the first {@code permissions.deny} entry that {@code matches} accepts, or this text when none
     * does; empty when the file itself should go (it holds exactly what {@link #created} writes for that entry).
     */
    public Optional<String> withoutDeny(Predicate<String> matches) throws SettingsRefusedException {
        Optional<Container> deny = deny();
        if (deny.isEmpty()) {
            return Optional.of(text);
        }
        List<Child> elements = deny.get().children();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).value() instanceof Scalar scalar && scalar.string() != null && matches.test(scalar.string())) {
                String withoutEntry = remove(deny.get(), i);
                return elements.size() > 1 ? Optional.of(withoutEntry) : withoutLast(scalar.string(), withoutEntry);
            }
        }
        return Optional.of(text);
    }

    /**
     * After the last entry: the text (or no file) that adding the entry turns into this text, trying first the one
     * without the file, then without {@code permissions}, then without {@code deny}; else the text without the entry.
     */
    private Optional<String> withoutLast(String entry, String withoutEntry) throws SettingsRefusedException {
        if (text.equals(created(entry))) {
            return Optional.empty();
        }
        Child permissions = root.member("permissions").orElseThrow();
        Container object = (Container) permissions.value();
        Child deny = object.member("deny").orElseThrow();
        List<String> candidates = List.of(remove(root, root.children().indexOf(permissions)),
                remove(object, object.children().indexOf(deny)));
        for (String candidate : candidates) {
            if (parse(candidate).withDeny(entry).equals(text)) {
                return Optional.of(candidate);
            }
        }
        return Optional.of(withoutEntry);
    }

    private Optional<Container> deny() {
        return root.member("permissions").map(Child::value)
                .filter(value -> value instanceof Container container && container.object())
                .flatMap(value -> ((Container) value).member("deny")).map(Child::value)
                .filter(value -> value instanceof Container container && !container.object())
                .map(Container.class::cast);
    }

    private static Container requireContainer(Child child, boolean object, String why) throws SettingsRefusedException {
        if (child.value() instanceof Container container && container.object() == object) {
            return container;
        }
        throw new SettingsRefusedException("has " + why + ", which Claude Code would not read either; correct it by hand");
    }

    /** Adds a child after the last one, or as the only one of an empty container. */
    private String insert(Container container, Function<Layout, String> child) {
        List<Child> children = container.children();
        if (children.isEmpty()) {
            return splice(container.start() + 1, container.start() + 1, child.apply(Layout.INLINE));
        }
        Child last = children.get(children.size() - 1);
        String separator;
        if (children.size() >= 2) {
            separator = text.substring(children.get(children.size() - 2).end(), last.start());
        } else {
            String before = text.substring(container.start() + 1, last.start());
            separator = before.contains("\n") ? "," + before : ", ";
        }
        Layout layout = Layout.INLINE;
        if (separator.contains("\n")) {
            String indent = separator.substring(separator.lastIndexOf('\n') + 1);
            layout = new Layout(true, indent, unit(container, indent), text.contains("\r\n") ? "\r\n" : "\n");
        }
        return splice(last.end(), last.end(), separator + child.apply(layout));
    }

    /**
     * Takes one child out with the separator that joins it to the others: the one after it, or before it for the
     * last. The only child takes everything between the brackets with it.
     */
    private String remove(Container container, int index) {
        List<Child> children = container.children();
        if (children.size() == 1) {
            return splice(container.start() + 1, container.end() - 1, "");
        }
        Child child = children.get(index);
        return index < children.size() - 1 ? splice(child.start(), children.get(index + 1).start(), "")
                : splice(children.get(index - 1).end(), child.end(), "");
    }

    /** The indentation step: how much deeper the children are than the line that opens their container. */
    private String unit(Container container, String childIndent) {
        int lineStart = text.lastIndexOf('\n', container.start()) + 1;
        int indentEnd = lineStart;
        while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        String own = text.substring(lineStart, indentEnd);
        if (childIndent.startsWith(own) && childIndent.length() > own.length()) {
            return childIndent.substring(own.length());
        }
        return childIndent.startsWith("\t") ? "\t" : DEFAULT_UNIT;
    }

    /** What the file writes between a key and its value ({@code ": "} in most), from its first member. */
    private String colon() {
        if (root.children().isEmpty()) {
            return ": ";
        }
        Child first = root.children().get(0);
        return text.substring(first.keyEnd(), first.value().start());
    }

    private String splice(int from, int to, String replacement) {
        return text.substring(0, from) + replacement + text.substring(to);
    }

    private static String member(String key, String colon, Layout layout, Function<Layout, String> value) {
        return quote(key) + colon + value.apply(layout);
    }

    private static String object(Layout layout, Function<Layout, String> member) {
        return layout.multiline() ? "{" + layout.nl() + layout.deeper().indent() + member.apply(layout.deeper()) + layout.nl()
                + layout.indent() + "}" : "{" + member.apply(layout) + "}";
    }

    private static String array(Layout layout, String element) {
        return layout.multiline() ? "[" + layout.nl() + layout.deeper().indent() + element + layout.nl() + layout.indent() + "]"
                : "[" + element + "]";
    }

    private static String quote(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }

    /** How new text is laid out: on lines at {@code indent}, one {@code unit} deeper per level, or all inline. */
    private record Layout(boolean multiline, String indent, String unit, String nl) {
        static final Layout INLINE = new Layout(false, "", "", "");

        Layout deeper() {
            return multiline ? new Layout(true, indent + unit, unit, nl) : this;
        }
    }
}
