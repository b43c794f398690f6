package io.agentstudio.logic.validation.rules;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import java.util.Optional;

/** Plain text taken from a Markdown body: the first heading and the first paragraph, to seed missing fields. */
final class BodyText {

    private BodyText() {
    }

    static Optional<String> firstHeading(Node document) {
        return first(document, Heading.class).map(BodyText::plain).filter(s -> !s.isBlank());
    }

    /** The first paragraph of the body as one line of plain text (emphasis and code marks dropped). */
    static Optional<String> firstParagraph(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                String text = plain(paragraph);
                if (!text.isBlank()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private static <T extends Node> Optional<T> first(Node document, Class<T> type) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (type.isInstance(node)) {
                return Optional.of(type.cast(node));
            }
        }
        return Optional.empty();
    }

    private static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
