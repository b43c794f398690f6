package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.AgentDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How much of a workspace's agent bodies the body scan of {@code agent-unknown} ({@link BodyCandidates}) parses as
 * Markdown: the parts read whole, and the pieces of the other parts that the quiet test ({@link QuietPart}) cannot
 * prove quiet. The figure ADR 18 follows as the quiet test gets sharper; a fact about the text, not a timing. Not a
 * unit test: run it from the project root with
 *
 * <pre>
 *   mvn -B -o test-compile exec:java@body-scan-share
 *   mvn -B -o test-compile exec:java@body-scan-share -Dexec.args="/path/to/workspace"
 * </pre>
 */
public final class BodyScanShare {
    private BodyScanShare() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Workspace workspace = WorkspaceLoader.load(folder);
        long bodies = 0;
        long whole = 0;
        long pieces = 0;
        int parts = 0;
        int quietParts = 0;
        int wholeParts = 0;
        for (WorkspaceAgent agent : workspace.agents()) {
            AgentDocument document = agent.document();
            String text = document.text();
            char[] chars = text.toCharArray();
            LineIndex lines = new LineIndex(text, chars);
            boolean linkDefinitions = BodyParts.mayHoldLinkDefinition(chars, document.bodyStart());
            List<Integer> starts = BodyParts.starts(chars, lines, document.bodyStart(), linkDefinitions);
            QuietPart quiet = new QuietPart(linkDefinitions);
            bodies += text.length() - document.bodyStart();
            for (int i = 0; i < starts.size(); i++) {
                int start = starts.get(i);
                int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
                parts++;
                List<QuietPart.Piece> noisy = quiet.noisyPieces(chars, lines, start, end);
                if (noisy == null) {
                    wholeParts++;
                    whole += end - start;
                } else if (noisy.isEmpty()) {
                    quietParts++;
                } else {
                    pieces += noisy.stream().mapToLong(piece -> piece.end() - piece.start()).sum();
                }
            }
        }
        System.out.printf("%d agents, %,d characters of bodies in %,d parts: %,d quiet, %,d read whole (%,d characters),"
                        + " the rest in pieces (%,d characters parsed)%nparsed as Markdown: %.1f %% of the bodies%n",
                workspace.agents().size(), bodies, parts, quietParts, wholeParts, whole, pieces,
                bodies == 0 ? 0.0 : 100.0 * (whole + pieces) / bodies);
    }
}
