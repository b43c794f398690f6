package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.Severity;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown links and images in the prompt whose relative target exists neither beside the agent file (how Markdown
 * resolves it) nor under the workspace root (how the model, working from the project root, reads it). Links in code
 * blocks are not links and are not checked; URLs, anchors and absolute paths are left alone. The Markdown is parsed
 * only when a quick scan finds a link-like target that is missing, which few prompts have.
 */
public final class RelativeLinkRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("link-target-missing", Severity.WARNING,
            "A relative link in the prompt points to a file that does not exist.",
            "The agent is told to read a file that is not there; it wastes turns looking for it or works without it.", null);
    private static final Pattern NOT_A_FILE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*|[/#~].*|.*[{}<>$*|].*");

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        if (!file.bodyReadable() || !anyMissing(file)) {
            return;
        }
        file.markdown().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                checkTarget(file, link, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                checkTarget(file, image, image.getDestination());
            }
        });
    }

    /**
     * True when text after some {@code ](} (an inline link) or {@code ]:} (a reference definition) in the body names a
     * relative file that is not there. It may be inside code: the Markdown parse decides. One plain {@code indexOf}
     * pass for {@code ]} serves both openers: a regular expression over every prompt costs more than the rest of the
     * rules together, and a pass per opener twice the one.
     */
    private static boolean anyMissing(FileCheck file) {
        String text = file.text();
        int last = text.length() - 1;
        for (int at = text.indexOf(']', file.document().bodyStart()); at >= 0 && at < last; at = text.indexOf(']', at + 1)) {
            char next = text.charAt(at + 1);
            if (next != '(' && (next != ':' || !startsLine(text, at))) {
                continue;
            }
            String target = pathPart(destinationAt(text, at + 2));
            if (!target.isEmpty() && !NOT_A_FILE.matcher(target).matches() && !exists(file, target)) {
                return true;
            }
        }
        return false;
    }

    /** True when the {@code [label]} that ends at {@code close} opens its line (at most three spaces before it). */
    private static boolean startsLine(String text, int close) {
        int open = text.lastIndexOf('[', close);
        int lineStart = open;
        while (lineStart > 0 && text.charAt(lineStart - 1) == ' ') {
            lineStart--;
        }
        return open >= 0 && open - lineStart <= 3 && (lineStart == 0 || text.charAt(lineStart - 1) == '\n' || text.charAt(lineStart - 1) == '\r');
    }

    /** The link destination that starts after optional blanks and {@code <} at {@code from}. */
    private static String destinationAt(String text, int from) {
        int start = from;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t' || text.charAt(start) == '<')) {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ')' && text.charAt(end) != '>') {
            end++;
        }
        return text.substring(start, end);
    }

    private static void checkTarget(FileCheck file, Node node, String destination) {
        String target = pathPart(destination);
        if (target.isEmpty() || NOT_A_FILE.matcher(target).matches() || exists(file, target)) {
            return;
        }
        int offset = file.document().bodyStart() + (node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getInputIndex());
        file.report(RULE, offset, null, "The link to `" + destination + "` points to a file that exists neither beside this"
                + " agent nor under the workspace root. Correct the path, or remove the link.");
    }

    private static String pathPart(String destination) {
        String target = destination.strip();
        int cut = target.length();
        for (char c : new char[] {'#', '?'}) {
            int at = target.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        target = target.substring(0, cut);
        try {
            return URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return target;
        }
    }

    private static boolean exists(FileCheck file, String target) {
        try {
            Path folder = file.path().getParent();
            return folder != null && Files.exists(folder.resolve(target)) || Files.exists(file.workspaceRoot().resolve(target));
        } catch (InvalidPathException e) {
            return true; // not a path this system can even name: not a file link to judge
        }
    }
}
