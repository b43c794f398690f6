package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.GhostReference;

import java.util.ArrayList;
import java.util.List;

/**
 * The names one agent's body refers to as agents, read without the rest of the workspace (like
 * {@link GhostCandidates}), part by part ({@link BodyParts}) so that the next version of the same file reads again
 * only the parts whose text changed. A keystroke in a 2,000-line prompt then
 * costs the Markdown of its own section, not of the whole body; the parts before and after it keep their candidates,
 * moved by as many characters and lines as the text before them grew.
 */
public final class BodyCandidates {
    /** One part's text range in its document, its first line (0-based), and what was found in it. */
    private record Part(int start, int end, int firstLine, boolean endsOpen, List<GhostReference> references) {
        boolean sameText(String text, Part other, String otherText) {
            return end - start == other.end - other.start && text.regionMatches(start, otherText, other.start, end - start);
        }

        Part movedTo(int newStart, int newFirstLine) {
            int chars = newStart - start;
            int lines = newFirstLine - firstLine;
            if (chars == 0 && lines == 0) {
                return this;
            }
            List<GhostReference> moved = references.stream()
                    .map(r -> new GhostReference(r.name(), r.kind(), r.source().movedBy(chars, lines), r.didYouMean()))
                    .toList();
            return new Part(newStart, end + chars, newFirstLine, endsOpen, moved);
        }
    }

    private final AgentDocument document;
    private final List<Part> parts;
    private final List<GhostReference> references;

    private BodyCandidates(AgentDocument document, List<Part> parts) {
        this.document = document;
        this.parts = parts;
        this.references = parts.stream().flatMap(part -> part.references().stream()).toList();
    }

    /**
     * The candidates of the agent's body, taking unchanged parts from {@code previous} (the same file read before), if
     * any. The body is read in parts, so that the next edits find most parts unchanged, and so that a part whose raw
     * text cannot refer to an agent ({@link QuietPart}) is not parsed at all: most parts of most bodies, which makes
     * reading a workspace's bodies part by part cheaper than one Markdown parse each. When only the frontmatter
     * changed, every part is kept and moved.
     */
    public static BodyCandidates of(WorkspaceAgent agent, BodyCandidates previous) {
        AgentDocument document = agent.document();
        if (previous != null && previous.hasBodyOf(document)) {
            return previous.movedTo(document);
        }
        // The parts and the quiet test walk the same lines, over a char[]: faster than String.charAt under C1.
        String text = document.text();
        char[] chars = text.toCharArray();
        LineIndex lines = new LineIndex(text, chars);
        boolean linkDefinitions = BodyParts.mayHoldLinkDefinition(chars, document.bodyStart());
        return read(agent, previous, chars, lines, BodyParts.starts(chars, lines, document.bodyStart(), linkDefinitions),
                new QuietPart(linkDefinitions));
    }

    private static BodyCandidates read(WorkspaceAgent agent, BodyCandidates previous, char[] chars, LineIndex lines,
                                       List<Integer> starts, QuietPart quiet) {
        AgentDocument document = agent.document();
        String text = document.text();
        List<Part> parts = new ArrayList<>();
        int first = 0;
        while (first < starts.size()) {
            int start = starts.get(first);
            int next = first + 1;
            while (true) {
                int end = next < starts.size() ? starts.get(next) : text.length();
                Part part = previous == null ? null : previous.reusable(text, start, end, end == text.length());
                if (part != null) {
                    parts.add(part.movedTo(start, lines.lineOf(start)));
                    break;
                }
                List<QuietPart.Piece> pieces = quiet.noisyPieces(chars, lines, start, end);
                if (pieces != null && pieces.isEmpty()) { // quiet: nothing to parse
                    parts.add(new Part(start, end, lines.lineOf(start), false, List.of()));
                    break;
                }
                if (pieces != null) {
                    // Only the pieces that may refer to an agent are parsed; none of them ends inside an open block.
                    List<FoundReference> references = new ArrayList<>();
                    for (QuietPart.Piece piece : pieces) {
                        references.addAll(BodyScanner.scanPart(document, GhostCandidates.NO_AGENTS, lines, piece.start(),
                                piece.end()).result().references());
                    }
                    parts.add(new Part(start, end, lines.lineOf(start), false, ghosts(agent, lines, references)));
                    break;
                }
                BodyScanner.PartScan scan = BodyScanner.scanPart(document, GhostCandidates.NO_AGENTS, lines, start, end);
                if (scan.endsOpen() && end < text.length()) {
                    next++; // a code fence or HTML block runs on into the next part: read the two as one
                    continue;
                }
                parts.add(new Part(start, end, lines.lineOf(start), scan.endsOpen(), ghosts(agent, lines, scan.result().references())));
                break;
            }
            first = next;
        }
        return new BodyCandidates(document, List.copyOf(parts));
    }

    private static List<GhostReference> ghosts(WorkspaceAgent agent, LineIndex lines, List<FoundReference> references) {
        return GhostCandidates.ghosts(FileScan.resolve(agent, GhostCandidates.NO_AGENTS, lines, references));
    }

    private boolean hasBodyOf(AgentDocument other) {
        String text = document.text();
        int length = text.length() - document.bodyStart();
        return length == other.text().length() - other.bodyStart()
                && text.regionMatches(document.bodyStart(), other.text(), other.bodyStart(), length);
    }

    /** The same body under a frontmatter that grew or shrank. */
    private BodyCandidates movedTo(AgentDocument other) {
        int chars = other.bodyStart() - document.bodyStart();
        int lines = other.bodyFirstLine() - document.bodyFirstLine();
        return new BodyCandidates(other, parts.stream().map(part -> part.movedTo(part.start() + chars, part.firstLine() + lines)).toList());
    }

    public List<GhostReference> references() {
        return references;
    }

    /**
     * A part of this version with the same text as {@code text[start, end)}: it reads the same there when it ended
     * with every block closed, or when both are the body's last part.
     */
    private Part reusable(String text, int start, int end, boolean last) {
        Part wanted = new Part(start, end, 0, false, List.of());
        String ownText = document.text();
        for (Part part : parts) {
            boolean wasLast = part.end() == ownText.length();
            if ((!part.endsOpen() || last && wasLast) && wanted.sameText(text, part, ownText)) {
                return part;
            }
        }
        return null;
    }
}
