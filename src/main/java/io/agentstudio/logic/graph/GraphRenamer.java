package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.loaders.LoaderVerdict;
import io.agentstudio.logic.loaders.ToolLoader;
import io.agentstudio.logic.workspace.AgentNameCheck;
import io.agentstudio.logic.workspace.InvalidAgentNameException;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.NameForm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rename}: the agent's name, every reference to it in the form each is written, and its file when the file is
 * named after it; every file is scanned again and must hold the same references under the new name.
 */
final class GraphRenamer {
    private static final Pattern LEADING_OR_TRAILING_SPACES = Pattern.compile("^ +| +$");

    private final Workspace workspace;
    private final NameIndex index;

    GraphRenamer(Workspace workspace, NameIndex index) {
        this.workspace = workspace;
        this.index = index;
    }

    /** See {@link GraphEditor#rename}. */
    GraphEdit rename(String agentName, String newName) {
        WorkspaceAgent agent = index.find(workspace, agentName);
        // Blanks around a typed name are a slip; any other character counts, and the check refuses the harmful ones.
        String wanted = newName == null ? "" : LEADING_OR_TRAILING_SPACES.matcher(newName).replaceAll("");
        String newKey = AgentNames.key(wanted);
        Optional<String> problem = AgentNameCheck.problem(wanted);
        if (problem.isEmpty() && newKey.isEmpty()) {
            problem = Optional.of("use lower-case letters, digits and hyphens");
        }
        if (problem.isPresent()) {
            throw new InvalidAgentNameException("'" + wanted + "' cannot be an agent name: " + problem.get() + "; nothing was changed");
        }
        List<WorkspaceAgent> namesakes = index.named(newKey).stream().filter(a -> !a.path().equals(agent.path())).toList();
        String oldKey = AgentNames.key(agent.name());
        if (agent.name().equals(wanted)) {
            return new GraphEdit(agent.name() + " already has that name; nothing changed", List.of(), List.of());
        }
        Path newFile = renamedFile(agent, oldKey, wanted);
        List<GraphEdit.FileChange> changes = new ArrayList<>();
        List<GraphEdit.HandEdit> handEdits = new ArrayList<>();
        List<Integer> rewritten = new ArrayList<>();
        Map<Path, FileScan> scans = new HashMap<>();
        String[] parts = oldKey.split("-");
        for (WorkspaceAgent file : workspace.agents()) {
            boolean self = file.path().equals(agent.path());
            if (!self && !mayName(file.document().text().toLowerCase(Locale.ROOT), parts[0], parts[parts.length - 1])) {
                continue;
            }
            FileScan scan = FileScan.of(file, index);
            scans.put(file.path(), scan);
            Renamed renamed = renameIn(scan, agent, oldKey, wanted, newFile, handEdits);
            if (renamed != null || self) {
                AgentDocument edited = renamed == null ? file.document() : renamed.document();
                if (self && edited.field("name").isPresent()) {
                    edited = FrontmatterEditor.set(edited, "name", new FieldValue.Text(wanted));
                }
                changes.add(new GraphEdit.FileChange(file, edited, self ? newFile : null));
                rewritten.add(renamed == null ? 0 : renamed.references());
            }
        }
        // A shared name is allowed (collections side by side, or a workspace that already had it), with a warning:
        // references go to the nearest agent of that name, and Claude Code loads only one of them per scope.
        String shared = namesakes.isEmpty() ? "" : "; warning: " + namesakes.size() + " other agent(s) have that name ("
                + String.join(", ", namesakes.stream().map(GraphEditSteps::display).toList()) + ")";
        GraphEdit edit = new GraphEdit(agent.name() + " is now " + wanted + (newFile == null ? "" : " (file " + newFile.getFileName() + ")")
                + ", " + rewritten.stream().mapToInt(Integer::intValue).sum() + " reference(s) rewritten" + shared, changes, handEdits);
        verifyRename(edit, agent, newFile, rewritten, scans, AgentNames.isSingleWord(newKey), handEdits);
        requireLoadableName(agent, changes.stream().filter(c -> c.baseline().path().equals(agent.path())).findFirst().orElseThrow(), wanted);
        return new GraphEdit(edit.summary(), edit.changes(), handEdits);
    }

    /**
     * The agent's own tool must still load the renamed file when it loaded it before (Gemini CLI, for one, takes only
     * names of its pattern): the tool's reproduced loader is the judge, so the rule lives in one place.
     */
    private static void requireLoadableName(WorkspaceAgent agent, GraphEdit.FileChange self, String wanted) {
        Optional<ToolLoader> loader = ToolLoader.of(agent.dialect());
        if (loader.isEmpty()) {
            return;
        }
        Path relative = self.moves() ? self.newRelativePath() : agent.relativePath();
        LoaderVerdict before = loader.get().read(agent.document().text(), agent.relativePath());
        LoaderVerdict after = loader.get().read(self.edited().text(), relative);
        if (before.loads() && !after.loads()) {
            throw new InvalidAgentNameException("'" + wanted + "' cannot be an agent name: " + after.reason() + "; nothing was changed");
        }
    }

    /**
     * A quick test that a file may name the agent: its first and last word on one line, in that order (every
     * spelling has them so, "Frontend / Mobile Developer" included). Scanning only those files keeps a rename fast.
     */
    private static boolean mayName(String lowerText, String first, String last) {
        for (int at = lowerText.indexOf(first); at >= 0; at = lowerText.indexOf(first, at + 1)) {
            int from = at + first.length();
            int lineEnd = from;
            int limit = Math.min(lowerText.length(), from + 80 + last.length());
            while (lineEnd < limit && lowerText.charAt(lineEnd) != '\n' && lowerText.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (first.equals(last) || lowerText.substring(at, lineEnd).indexOf(last, first.length()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private record Renamed(AgentDocument document, int references) {
    }

    private record Splice(int start, int end, String text) {
    }

    /** One file with every reference to {@code agent} written under the new name; null when nothing in it changes. */
    private Renamed renameIn(FileScan scan, WorkspaceAgent agent, String oldKey, String wanted, Path newFile,
                             List<GraphEdit.HandEdit> handEdits) {
        WorkspaceAgent file = scan.agent();
        String text = file.document().text();
        List<Splice> splices = new ArrayList<>();
        List<AgentReference> tools = new ArrayList<>();
        for (AgentReference reference : scan.references()) {
            if (!reference.refersTo(agent)) {
                continue;
            }
            FoundReference found = reference.found();
            if (!found.key().equals(oldKey)) {
                continue; // it names the agent by its file name, which stays
            }
            String replacement = switch (found.form()) {
                case TOOL -> {
                    tools.add(reference);
                    yield null;
                }
                case FRONTMATTER -> null;
                case LINK -> relink(found.written(), oldKey, wanted, agent, newFile);
                case DISPLAY_NAME_PART -> respellPart(found.written(), oldKey, wanted);
                case DISPLAY_NAME, AGENT_WORD -> NameSpelling.respell(found.written(), oldKey, wanted, " ");
                default -> NameSpelling.respell(found.written(), oldKey, wanted, "-");
            };
            if (replacement != null) {
                splices.add(new Splice(found.nameStart(), found.nameEnd(), replacement));
            } else if (found.form() != NameForm.TOOL) {
                handEdits.add(GraphEditSteps.handEdit(reference, "names " + agent.name() + " in a form the studio does not rewrite; change it to "
                        + wanted + " by hand"));
            }
        }
        leftoverSpellings(file, oldKey, splices, tools, handEdits, agent.path().equals(file.path()));
        if (splices.isEmpty() && tools.isEmpty()) {
            return null;
        }
        splices.sort(Comparator.comparingInt(Splice::start).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Splice splice : splices) {
            out.replace(splice.start(), splice.end(), splice.text());
        }
        AgentDocument edited = AgentFileParser.parse(out.toString());
        if (!tools.isEmpty()) {
            edited = FrontmatterEditor.set(edited, "tools", new FieldValue.Items(renamedTools(edited, oldKey, wanted),
                    FieldValue.ListForm.COMMA_STRING));
        }
        return new Renamed(edited, splices.size() + tools.size());
    }

    /** "Frontend" of "Frontend / Mobile Developer": only the part before the shared words changes, if they stay. */
    private static String respellPart(String written, String oldKey, String wanted) {
        String headKey = AgentNames.key(written);
        String tail = oldKey.substring(Math.min(oldKey.length(), headKey.length()));
        String newKey = AgentNames.key(wanted);
        if (!oldKey.startsWith(headKey) || tail.isEmpty() || !newKey.endsWith(tail) || newKey.length() == tail.length()) {
            return null;
        }
        return NameSpelling.respell(written, headKey, newKey.substring(0, newKey.length() - tail.length()), " ");
    }

    /** A link to the agent: the file name follows the file's rename, the text follows the name when it was the name. */
    private static String relink(String link, String oldKey, String wanted, WorkspaceAgent agent, Path newFile) {
        int close = link.lastIndexOf("](");
        if (!link.startsWith("[") || close < 0 || !link.endsWith(")")) {
            return null;
        }
        String label = link.substring(1, close);
        String destination = link.substring(close + 2, link.length() - 1);
        String newLabel = AgentNames.key(label).equals(oldKey) ? NameSpelling.respell(label, oldKey, wanted, "-") : label;
        String newDestination = destination;
        if (newFile != null) {
            String oldFileName = agent.relativePath().getFileName().toString();
            int at = destination.lastIndexOf(oldFileName);
            if (at >= 0) {
                newDestination = destination.substring(0, at) + newFile.getFileName() + destination.substring(at + oldFileName.length());
            }
        }
        return newLabel == null ? null : "[" + newLabel + "](" + newDestination + ")";
    }

    private static List<String> renamedTools(AgentDocument document, String oldKey, String wanted) {
        List<String> tools = new ArrayList<>();
        for (String tool : NameList.from(document.value("tools").orElse(null))) {
            tools.add(SpawnTool.parse(tool).map(spawn -> spawn.renamed(n -> AgentNames.key(n).equals(oldKey)
                    ? Objects.requireNonNullElse(NameSpelling.respell(n, oldKey, wanted, "-"), wanted) : n).entry()).orElse(tool));
        }
        return tools;
    }

    /**
     * Slug spellings of the old name that are not references (a JSON example in a code block, a description): the
     * studio leaves them, and says where they are. One-word names are skipped: they are ordinary words in prose.
     */
    private static void leftoverSpellings(WorkspaceAgent file, String oldKey, List<Splice> splices, List<AgentReference> tools,
                                          List<GraphEdit.HandEdit> handEdits, boolean self) {
        if (AgentNames.isSingleWord(oldKey)) {
            return;
        }
        String text = file.document().text();
        String separators = "[-_" + AgentNames.HYPHENS + "]";
        String spelling = String.join(separators, List.of(oldKey.split("-")).stream().map(Pattern::quote).toList());
        Matcher m = Pattern.compile("(?<![\\w" + AgentNames.HYPHENS + "-])" + spelling + "(?![\\w" + AgentNames.HYPHENS + "-])",
                Pattern.CASE_INSENSITIVE).matcher(text);
        int nameFieldStart = -1;
        int nameFieldEnd = -1;
        if (self) {
            nameFieldStart = file.document().field("name").map(f -> f.startOffset()).orElse(-1);
            nameFieldEnd = file.document().field("name").map(f -> f.endOffset()).orElse(-1);
        }
        LineIndex lines = new LineIndex(text);
        while (m.find()) {
            int at = m.start();
            boolean covered = splices.stream().anyMatch(s -> at >= s.start() && at < s.end())
                    || tools.stream().anyMatch(t -> at >= t.found().item().start() && at < t.found().item().end())
                    || (at >= nameFieldStart && at < nameFieldEnd);
            if (!covered) {
                int line = lines.lineOf(at);
                String lineText = text.substring(lines.lineStart(line), lines.nextLineStart(line)).stripTrailing();
                handEdits.add(new GraphEdit.HandEdit(file.relativePath(), line + 1, lineText,
                        "spells the old name outside a reference (code, description or a field); change it by hand if it means the agent"));
            }
        }
    }

    private Path renamedFile(WorkspaceAgent agent, String oldKey, String wanted) {
        if (!AgentNames.key(agent.fileStem()).equals(oldKey)) {
            return null;
        }
        String fileName = agent.relativePath().getFileName().toString();
        String extension = fileName.substring(agent.fileStem().length());
        String stem = NameSpelling.respell(agent.fileStem(), oldKey, wanted, "-");
        if (stem == null) {
            return null;
        }
        Path parent = agent.relativePath().getParent();
        Path renamed = parent == null ? Path.of(stem + extension) : parent.resolve(stem + extension);
        if (renamed.equals(agent.relativePath())) {
            // Only the name's case changed, and the file name keeps its own spelling: the file stays.
            return null;
        }
        // The disk is checked again when the edit is written; here the workspace as the edit sees it decides.
        if (workspace.agents().stream().anyMatch(a -> a.relativePath().equals(renamed))) {
            throw new IllegalArgumentException("cannot rename the file to " + renamed + ": a file of that name exists");
        }
        return renamed;
    }

    /**
     * After the rename every rewritten reference must read as the renamed agent, and every other reference of the
     * changed files must read as before (a reference left for a hand edit may now read as a ghost).
     */
    private void verifyRename(GraphEdit edit, WorkspaceAgent agent, Path newFile, List<Integer> rewritten,
                              Map<Path, FileScan> scans, boolean oneWord, List<GraphEdit.HandEdit> handEdits) {
        Workspace after = edit.applyTo(workspace);
        NameIndex afterIndex = NameIndex.of(after);
        Path renamedPath = workspace.root().resolve(newFile == null ? agent.relativePath() : newFile);
        for (int i = 0; i < edit.changes().size(); i++) {
            GraphEdit.FileChange change = edit.changes().get(i);
            List<AgentReference> before = scans.get(change.baseline().path()).references();
            Path relative = change.moves() ? change.newRelativePath() : change.baseline().relativePath();
            WorkspaceAgent file = after.agents().stream().filter(a -> a.relativePath().equals(relative)).findFirst().orElseThrow();
            List<AgentReference> now = FileScan.of(file, afterIndex).references();
            List<String> othersBefore = GraphEditSteps.signature(before.stream().filter(r -> !r.refersTo(agent)).toList());
            List<String> othersNow = new ArrayList<>(GraphEditSteps.signature(now.stream()
                    .filter(r -> r.target() == null || !r.target().path().equals(renamedPath)).toList()));
            int toAgentBefore = (int) before.stream().filter(r -> r.refersTo(agent)).count();
            int leftBehind = toAgentBefore - rewritten.get(i);
            boolean othersKept = othersBefore.stream().allMatch(othersNow::remove) && othersNow.size() <= leftBehind;
            int toAgentNow = (int) now.stream().filter(r -> r.target() != null && r.target().path().equals(renamedPath)).count();
            int lost = rewritten.get(i) - toAgentNow;
            if (othersKept && lost > 0 && oneWord) {
                handEdits.add(new GraphEdit.HandEdit(relative, 1, "", lost + " plain-text reference(s) no longer read as "
                        + "the agent: a one-word name counts only written as a name, such as `name`"));
            } else if (!othersKept || lost > 0 || toAgentNow > toAgentBefore) {
                throw new EditRefusedException("Renaming " + agent.name() + " would change how references in " + GraphEditSteps.display(file)
                        + " read; nothing was changed.");
            }
        }
    }
}
