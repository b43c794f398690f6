package io.agentstudio.logic.graph;

import io.agentstudio.model.AgentDocument;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the body of one agent file as Markdown (CommonMark with GFM tables, so fenced code, HTML blocks and
 * indented code are never read as prose) and finds its references, section by section.
 *
 * <p>A delegation section is opened by a heading that speaks of delegation (see {@link DelegationSection}) and lasts
 * until the next heading; a sub-heading that does not speak of delegation ends it too, so "Nature of Subagents"
 * under "Subagent Coordination" is prose again. Inside any container a lead-in paragraph does the same for what
 * follows it: "Integration with other agents:" before a list, "**Delegate when needed**" as a list item's first
 * line. A label of something else ("**Human checkpoint required:** ...", "Selection rules:") makes its paragraph, and a
 * list right after it, a part where only the agents of the workspace it names count: no missing agent is invented
 * there, and no link is written into it ({@link DelegationSection#namedAgentsOnly}).
 */
final class BodyScanner {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).inlineParserFactory(DeferredInlines.FACTORY).build();
    /** The longest label of a lead-in, in characters ({@link QuietText} counts on it). */
    static final int MAX_LEAD_IN = 60;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The lists and tables of a delegation section, for adding an item in the style they already use. */
    record DelegationList(DelegationSection section, ItemKind kind, List<ReferenceItem> items) {
    }

    record Result(List<FoundReference> references, List<DelegationList> lists) {
    }

    private final String text;
    private final NameIndex index;
    private final LineIndex lines;
    /** Where the Markdown being walked starts in the file's text. */
    private int offset;
    private ReferenceMatcher matcher;
    /** The inlines of the Markdown being walked, parsed block by block as the walk needs them. */
    private DeferredInlines inlines;
    /**
     * With no agent known, a block outside every delegation section is read only when its raw text could matter
     * ({@link QuietText}); with agents known, any block may name one, so every block is read.
     */
    private final boolean skipQuiet;
    private final QuietText quiet = new QuietText();
    private final List<FoundReference> references = new ArrayList<>();
    private final List<DelegationList> lists = new ArrayList<>();

    private BodyScanner(AgentDocument document, NameIndex index, LineIndex lines, boolean skipQuiet) {
        this.text = document.text();
        this.index = index;
        this.lines = lines;
        this.skipQuiet = skipQuiet && index.isEmpty();
    }

    static Result scan(AgentDocument document, NameIndex index, LineIndex lines) {
        return scan(document, index, lines, true);
    }

    /** {@code skipQuiet} false reads every block's inlines: what the skipping must always equal. */
    static Result scan(AgentDocument document, NameIndex index, LineIndex lines, boolean skipQuiet) {
        BodyScanner scanner = new BodyScanner(document, index, lines, skipQuiet);
        scanner.scanRange(document.bodyStart(), document.text().length());
        return scanner.result();
    }

    /**
     * The references of one part of the body, from {@code start} (a line start) to {@code end}: what {@link #scan}
     * finds there when the part starts with a top-level heading and its Markdown ends with every block closed.
     *
     * @see BodyParts
     */
    static PartScan scanPart(AgentDocument document, NameIndex index, LineIndex lines, int start, int end) {
        BodyScanner scanner = new BodyScanner(document, index, lines, true);
        Node root = scanner.scanRange(start, end);
        return new PartScan(scanner.result(), endsInOpenBlock(root));
    }

    /**
     * A part's references, and whether its Markdown ends inside a block that the text after it could go on: a fenced
     * code block without its closing fence, or an HTML block (a comment or {@code <pre>} runs past blank lines).
     */
    record PartScan(Result result, boolean endsOpen) {
    }

    private Result result() {
        return new Result(List.copyOf(references), List.copyOf(lists));
    }

    private static boolean endsInOpenBlock(Node root) {
        for (Node node = root.getLastChild(); node != null; node = node.getLastChild()) {
            if (node instanceof FencedCodeBlock code && code.getClosingFenceLength() == null || node instanceof HtmlBlock) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the Markdown from {@code start} to {@code end}. A bare fence left open at the end is read as the intended
     * end of a block that nested fences closed early (an outer ``` around an indented ```json, as real prompts write
     * it): what follows it is read again as Markdown, the way the agent's author, and the model reading the raw text,
     * see it. Returns the document parsed first.
     */
    private Node scanRange(int start, int end) {
        offset = start;
        matcher = new ReferenceMatcher(text, start, index);
        DeferredInlines.forget();
        Node root = PARSER.parse(text.substring(start, end));
        inlines = DeferredInlines.takeLast();
        walkDocument(root);
        if (root.getLastChild() instanceof FencedCodeBlock code && code.getClosingFenceLength() == null
                && (code.getInfo() == null || code.getInfo().isBlank()) && !code.getSourceSpans().isEmpty()) {
            int after = lines.nextLineStart(lines.lineOf(start + code.getSourceSpans().get(0).getInputIndex()));
            if (after > start && after < end) {
                scanRange(after, end);
            }
        }
        return root;
    }

    private void walkDocument(Node root) {
        DelegationSection current = null;
        DelegationSection pending = null;
        boolean pendingSet = false;
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                pendingSet = false;
                if (passesBy(heading)) {
                    current = null;
                    continue;
                }
                inlines.read(heading);
                current = DelegationSection.ofHeading(plainText(heading)).orElse(null);
                scanBlock(heading, null, ItemKind.HEADING, 0);
                continue;
            }
            DelegationSection context = pendingSet ? pending : current;
            pendingSet = false;
            if (child instanceof Paragraph paragraph) {
                if (!read(paragraph, context, current)) {
                    continue;
                }
                LeadIn leadIn = leadIn(paragraph);
                if (leadIn != null) {
                    DelegationSection own = led(leadIn, current);
                    context = own;
                    if (leadIn.restEmpty()) {
                        pending = own;
                        pendingSet = true;
                    }
                }
                scanBlock(paragraph, context, ItemKind.PARAGRAPH, leadIn == null ? 0 : leadIn.labelEnd());
            } else {
                walkBlock(child, context);
            }
        }
    }

    /** Lists, tables, quotes and the paragraphs inside them. */
    private void walkBlock(Node block, DelegationSection context) {
        if (block instanceof ListBlock list) {
            boolean delegationList = context != null && !context.namedAgentsOnly();
            List<ReferenceItem> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem listItem) {
                    walkListItem(listItem, context);
                    if (delegationList) { // an item's lines are looked up only for a list that is kept
                        items.add(item(listItem, ItemKind.LIST_ITEM));
                    }
                }
            }
            if (!items.isEmpty()) {
                lists.add(new DelegationList(context, ItemKind.LIST_ITEM, items));
            }
        } else if (block instanceof TableBlock table) {
            boolean delegationList = context != null && !context.namedAgentsOnly();
            List<ReferenceItem> rows = new ArrayList<>();
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableBody) {
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        if (row instanceof TableRow) {
                            boolean read = read(row, context, null);
                            ReferenceItem item = read || delegationList ? item(row, ItemKind.TABLE_ROW) : null;
                            if (read) {
                                references.addAll(matcher.match(row, context, item));
                            }
                            if (delegationList) {
                                rows.add(item);
                            }
                        }
                    }
                }
            }
            if (!rows.isEmpty()) {
                lists.add(new DelegationList(context, ItemKind.TABLE_ROW, rows));
            }
        } else if (block instanceof BlockQuote quote) {
            walkChildren(quote, context, false);
        } else if (block instanceof Heading heading) {
            if (read(heading, null, null)) {
                scanBlock(heading, null, ItemKind.HEADING, 0);
            }
        } else if (block instanceof Paragraph paragraph) {
            if (read(paragraph, context, null)) {
                scanBlock(paragraph, context, ItemKind.PARAGRAPH, 0);
            }
        }
        // Fenced and indented code, HTML blocks and thematic breaks hold no prose.
    }

    private void walkListItem(ListItem item, DelegationSection context) {
        walkChildren(item, context, true);
    }

    /**
     * The children of a list item or quote. A list item's first paragraph may be a lead-in for the rest of the item
     * ("**Delegate when needed**" followed by a table); a later paragraph that is a lead-in governs the block after it.
     */
    private void walkChildren(Node container, DelegationSection context, boolean listItem) {
        DelegationSection governing = context;
        DelegationSection pending = null;
        boolean pendingSet = false;
        boolean first = true;
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            DelegationSection here = pendingSet ? pending : governing;
            pendingSet = false;
            if (child instanceof Paragraph paragraph) {
                if (!read(paragraph, here, governing)) {
                    first = false;
                    continue;
                }
                LeadIn leadIn = leadIn(paragraph);
                int labelEnd = leadIn == null ? 0 : leadIn.labelEnd();
                if (leadIn != null && listItem && first) {
                    if (leadIn.section() != null) {
                        governing = leadIn.section();
                        here = governing;
                    } else if (!leadIn.labelAlone()) {
                        labelEnd = 0; // "- **Backend Developer**: API work" may name an agent the index does not know
                    }
                } else if (leadIn != null) {
                    here = led(leadIn, governing);
                    if (leadIn.restEmpty()) {
                        pending = here;
                        pendingSet = true;
                    }
                }
                scanBlock(paragraph, here, ItemKind.PARAGRAPH, labelEnd);
            } else {
                walkBlock(child, here);
            }
            first = false;
        }
    }

    /**
     * Parses the inlines of a block (a row's cells) unless the walk may pass it by: no agent is known, neither the
     * block ({@code own}) nor what follows it ({@code following}, which a lead-in would change) is in a delegation
     * section, and its raw text is quiet. Returns whether the block was read; one passed by finds nothing.
     */
    private boolean read(Node block, DelegationSection own, DelegationSection following) {
        if (skipQuiet && own == null && following == null && isQuiet(block)) {
            return false;
        }
        inlines.readAll(block);
        return true;
    }

    /**
     * A top-level heading the walk may pass by without parsing it: no agent is known, its raw text is quiet and cannot
     * open a delegation section. It then ends the section before it and finds nothing.
     */
    private boolean passesBy(Heading heading) {
        return skipQuiet && isQuiet(heading) && !quiet.mayOpenSection();
    }

    private boolean isQuiet(Node block) {
        quiet.clear();
        addSource(block);
        return quiet.isQuiet();
    }

    private void addSource(Node node) {
        for (SourceLine line : inlines.unread(node)) {
            quiet.add(line.getContent());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            addSource(child);
        }
    }

    /** The references of one paragraph or heading; a lead-in label ending at {@code labelEnd} names no agent. */
    private void scanBlock(Node block, DelegationSection context, ItemKind kind, int labelEnd) {
        Node container = itemContainer(block);
        ReferenceItem item = container == block ? item(block, kind)
                : item(container, container instanceof TableRow ? ItemKind.TABLE_ROW : ItemKind.LIST_ITEM);
        for (FoundReference reference : matcher.match(block, context, item)) {
            if (reference.nameStart() >= labelEnd) {
                references.add(reference);
            }
        }
    }

    /** A paragraph inside a list item belongs to the item: removing the reference removes the item. */
    private static Node itemContainer(Node block) {
        for (Node parent = block.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ListItem || parent instanceof TableRow) {
                return parent;
            }
        }
        return block;
    }

    private ReferenceItem item(Node node, ItemKind kind) {
        List<SourceSpan> spans = node.getSourceSpans();
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return lines.item(kind, offset + first.getInputIndex(), offset + last.getInputIndex() + last.getLength());
    }

    /**
     * A paragraph that starts with a label: {@code **Integration with other agents:**}, {@code Related agents:},
     * {@code **Delegation**} alone on its first line. Its section is null when the label speaks of something else.
     */
    private record LeadIn(DelegationSection section, boolean restEmpty, int labelEnd, boolean labelAlone) {
    }

    /**
     * The section a lead-in's label opens; a label of something else inside a section leads into a part whose items
     * still name the agents that take the work ("Selection rules:" under "Agent Selection").
     */
    private static DelegationSection led(LeadIn leadIn, DelegationSection enclosing) {
        if (leadIn.section() != null) {
            return leadIn.section();
        }
        return enclosing == null ? null : enclosing.forNamedAgentsOnly();
    }

    private LeadIn leadIn(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        String phrase;
        Node restStart;
        String restOfLine;
        int labelEnd;
        if (first instanceof StrongEmphasis strong) {
            labelEnd = end(strong);
            String label = plainText(strong).strip();
            String firstLineAfter = firstLine(strong.getNext(), MAX_LEAD_IN);
            if (label.endsWith(":")) {
                phrase = label.substring(0, label.length() - 1);
                restOfLine = firstLineAfter;
            } else if (firstLineAfter.stripLeading().startsWith(":")) {
                phrase = label;
                restOfLine = firstLineAfter.substring(firstLineAfter.indexOf(':') + 1);
            } else if (firstLineAfter.isBlank()) {
                phrase = label;
                restOfLine = firstLineAfter;
            } else {
                return null;
            }
            restStart = strong.getNext();
        } else if (first instanceof Text) {
            String line = firstLine(first, MAX_LEAD_IN + 1);
            int colon = line.indexOf(':');
            if (colon < 1 || colon > MAX_LEAD_IN || WHITESPACE.split(line.substring(0, colon).strip()).length > 6) {
                return null;
            }
            phrase = line.substring(0, colon);
            restOfLine = firstLine(first, Integer.MAX_VALUE).substring(colon + 1);
            restStart = first;
            labelEnd = text.indexOf(':', offset + first.getSourceSpans().get(0).getInputIndex()) + 1;
        } else {
            return null;
        }
        String label = phrase.strip();
        if (label.isEmpty() || label.length() > MAX_LEAD_IN || label.regionMatches(true, 0, "With ", 0, 5)
                || AgentNames.isSlugShaped(label) || index.contains(AgentNames.key(label))) {
            return null; // "**SRE Specialist**: when ...", "**With prd-writer**:" name an agent; they are items, not labels
        }
        boolean labelAlone = restOfLine.isBlank();
        boolean restEmpty = labelAlone && !continuesAfterFirstLine(restStart);
        return new LeadIn(DelegationSection.ofLeadIn(label).orElse(null), restEmpty, labelEnd, labelAlone);
    }

    /** The plain text from {@code start} up to the first line break, at most {@code limit} characters. */
    private static String firstLine(Node start, int limit) {
        StringBuilder out = new StringBuilder();
        for (Node node = start; node != null && out.length() < limit; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                break;
            }
            appendPlain(node, out);
        }
        return out.toString();
    }

    /** True when a paragraph goes on past the line of {@code start} with more than blanks. */
    private static boolean continuesAfterFirstLine(Node start) {
        boolean pastBreak = false;
        for (Node node = start; node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                pastBreak = true;
            } else if (pastBreak) {
                StringBuilder text = new StringBuilder();
                appendPlain(node, text);
                if (!text.toString().isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private int end(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        SourceSpan last = spans.get(spans.size() - 1);
        return offset + last.getInputIndex() + last.getLength();
    }

    private static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        appendPlain(node, out);
        return out.toString();
    }

    private static void appendPlain(Node node, StringBuilder out) {
        if (node instanceof Text t) {
            out.append(t.getLiteral());
        } else if (node instanceof Code c) {
            out.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                appendPlain(child, out);
            }
        }
    }
}
