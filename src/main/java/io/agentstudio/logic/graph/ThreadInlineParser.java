package io.agentstudio.logic.graph;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.delimiter.DelimiterProcessor;

import java.util.List;
import java.util.Set;

/**
 * CommonMark's inline parser, built once per thread for {@link DeferredInlines} and pointed at the context (the link
 * definitions) of the document whose block it parses. Building one per document (its character tables, delimiter and
 * content parsers) cost about a fifth as much as the inline parsing itself under C1; what it builds comes from the
 * parser's extensions, the same for every document of {@link DeferredInlines#FACTORY}'s one parser.
 */
final class ThreadInlineParser implements InlineParserContext {
    private static final ThreadLocal<ThreadInlineParser> OF_THREAD = ThreadLocal.withInitial(ThreadInlineParser::new);

    private InlineParserContext document;
    private InlineParser parser;

    private ThreadInlineParser() {
    }

    /** Parses a block's inline content as the inline parser of {@code document}'s own context would. */
    static void parse(InlineParserContext document, SourceLines lines, Node block) {
        ThreadInlineParser shared = OF_THREAD.get();
        shared.document = document;
        if (shared.parser == null) {
            shared.parser = new InlineParserImpl(shared);
        }
        shared.parser.parse(lines, block);
    }

    @Override
    public List<InlineContentParserFactory> getCustomInlineContentParserFactories() {
        return document.getCustomInlineContentParserFactories();
    }

    @Override
    public List<DelimiterProcessor> getCustomDelimiterProcessors() {
        return document.getCustomDelimiterProcessors();
    }

    @Override
    public List<LinkProcessor> getCustomLinkProcessors() {
        return document.getCustomLinkProcessors();
    }

    @Override
    public Set<Character> getCustomLinkMarkers() {
        return document.getCustomLinkMarkers();
    }

    @Override
    public int getMaxInlineNesting() {
        return document.getMaxInlineNesting();
    }

    @Override
    @SuppressWarnings("deprecation")
    public LinkReferenceDefinition getLinkReferenceDefinition(String label) {
        return document.getLinkReferenceDefinition(label);
    }

    @Override
    public <D> D getDefinition(Class<D> type, String label) {
        return document.getDefinition(type, label);
    }
}
