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
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.NameForm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits the delegation graph through the agent files themselves, losslessly: every character that is not part of
 * the edit stays. Body edits are splices of whole lines (or of a name) in the file's text; frontmatter edits go
 * through {@link FrontmatterEditor}. Each result is scanned again and must read as intended (one delegation more,
 * one less, the same references under the new name), otherwise the edit is refused. Nothing is written here: the
 * {@link GraphEdit} holds the new texts, {@link GraphEditWriter} writes them.
 */
public final class GraphEditor {
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)([-*+]|(\\d+)([.)]))(\\s+)");
    private static final Pattern SPAWN_TOOL = Pattern.compile("^(Agent|Task)\\s*\\((.*)\\)$");
    private static final Pattern LEADING_OR_TRAILING_SPACES = Pattern.compile("^ +| +$");
    private static final Pattern PREFERRED_SECTION = Pattern.compile("deleg|hand\\s*-?\\s*off", Pattern.CASE_INSENSITIVE);

    private final Workspace workspace;
    private final NameIndex index;

    public GraphEditor(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.index = NameIndex.of(workspace);
    }

    // link

    /**
     * Adds an item for {@code to} to {@code from}'s delegation list, in the style that list already uses, or a
     * {@code ## Delegates to} section at the end of the body when there is no list to add to.
     *
     * @param note what the delegation is for, or null
     * @throws UnknownAgentException when either name matches no agent, or several
     */
    public GraphEdit link(String from, String to, String note) {
        WorkspaceAgent source = index.find(workspace, from);
        WorkspaceAgent target = index.find(workspace, to);
        requireDifferent(source, target);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && (cleanNote.indexOf('\n') >= 0 || cleanNote.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException("a note is one line of text");
        }
        FileScan scan = FileScan.of(source, index);
        Optional<AgentReference> existing = scan.references().stream()
                .filter(r -> r.refersTo(target) && r.found().kind() == EdgeKind.DELEGATES && !r.found().reverse()).findFirst();
        if (existing.isPresent()) {
            return new GraphEdit(source.name() + " already delegates to " + target.name() + " ("
                    + existing.get().source().location() + "); nothing changed", List.of(), List.of());
        }
        List<String> before = signature(scan.references());
        String text = source.document().text();
        String eol = source.document().lineEnding().chars();
        List<String> attempts = new ArrayList<>();
        addToList(scan, target, cleanNote, eol).ifPresent(attempts::add);
        attempts.add(CreatedSection.append(text, ItemTemplate.plainItem("- ", "`" + target.name() + "`", cleanNote), eol));
        for (String updated : attempts) {
            AgentDocument edited = AgentFileParser.parse(updated);
            List<String> after = signature(FileScan.of(withDocument(source, edited), index).references());
            List<String> expected = new ArrayList<>(before);
            expected.add(key(EdgeKind.DELEGATES, false, target));
            expected.sort(null);
            if (after.equals(expected)) {
                return new GraphEdit(source.name() + " now delegates to " + target.name(),
                        List.of(new GraphEdit.FileChange(source, edited, null)), List.of());
            }
        }
        throw new EditRefusedException("No item for " + target.name() + " reads back as a delegation in " + display(source)
                + "; nothing was changed.");
    }

    /** The text with a new item after the last item of the best delegation list, or empty when there is none. */
    private Optional<String> addToList(FileScan scan, WorkspaceAgent target, String note, String eol) {
        String text = scan.agent().document().text();
        List<BodyScanner.DelegationList> lists = scan.lists().stream()
                .filter(l -> !l.section().reverse() && holdsDelegation(scan, l))
                .sorted(Comparator.comparing(l -> PREFERRED_SECTION.matcher(l.section().title()).find() ? 0 : 1))
                .toList();
        if (lists.isEmpty()) {
            return Optional.empty();
        }
        BodyScanner.DelegationList list = lists.get(0);
        ReferenceItem last = list.items().get(list.items().size() - 1);
        String newItem = null;
        for (int i = list.items().size() - 1; i >= 0 && newItem == null; i--) {
            newItem = imitate(scan, list, list.items().get(i), last, target, note);
        }
        if (newItem == null && list.kind() == ItemKind.LIST_ITEM) {
            Matcher marker = LIST_MARKER.matcher(firstLine(text, last));
            if (marker.find()) {
                String bullet = marker.group(1) + (marker.group(3) != null ? number(marker) + 1 + marker.group(4) : marker.group(2)) + marker.group(5);
                newItem = ItemTemplate.plainItem(bullet, "`" + target.name() + "`", note);
            }
        }
        if (newItem == null) {
            return Optional.empty();
        }
        int at = last.end();
        boolean terminated = at > 0 && (text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r');
        String inserted = terminated ? newItem + eol : eol + newItem;
        return Optional.of(text.substring(0, at) + inserted + text.substring(at));
    }

    private static boolean holdsDelegation(FileScan scan, BodyScanner.DelegationList list) {
        return scan.references().stream().anyMatch(r -> r.found().kind() == EdgeKind.DELEGATES && !r.found().reverse()
                && list.items().contains(r.found().item()));
    }

    /** A new item modelled on {@code model}, when it names exactly one agent in a form that can be imitated. */
    private String imitate(FileScan scan, BodyScanner.DelegationList list, ReferenceItem model, ReferenceItem last,
                           WorkspaceAgent target, String note) {
        List<AgentReference> named = scan.references().stream().filter(r -> r.found().item().equals(model)).toList();
        if (named.size() != 1 || named.get(0).found().form() == NameForm.DISPLAY_NAME_PART
                || named.get(0).found().reverse() || named.get(0).found().kind() != EdgeKind.DELEGATES) {
            return null; // "accept referrals from X" would make the new item point the wrong way
        }
        String text = scan.agent().document().text();
        FoundReference reference = named.get(0).found();
        int[] markup = markup(text, reference);
        String line = firstLine(text, model);
        int markupStart = markup[0] - model.start();
        int markupEnd = markup[1] - model.start();
        if (markupEnd > line.length()) {
            return null;
        }
        String name = nameLike(text.substring(markup[0], markup[1]), reference.form(), scan.agent(), target);
        if (list.kind() == ItemKind.TABLE_ROW) {
            return ItemTemplate.tableRow(line, markupStart, name, note);
        }
        Matcher lastMarker = LIST_MARKER.matcher(firstLine(text, last));
        int next = lastMarker.find() && lastMarker.group(3) != null ? number(lastMarker) + 1 : 1;
        return ItemTemplate.listItem(new ItemTemplate.Model(line, markupStart, markupEnd), next, name, note);
    }

    private static int number(Matcher marker) {
        try {
            return Integer.parseInt(marker.group(3));
        } catch (NumberFormatException tooLong) {
            return 0;
        }
    }

    /** Where a reference's name sits with its markup: backticks, bold, "With ", "@agent-". */
    private static int[] markup(String text, FoundReference reference) {
        int start = reference.nameStart();
        int end = reference.nameEnd();
        switch (reference.form()) {
            case CODE -> {
                while (start > 0 && text.charAt(start - 1) == '`') {
                    start--;
                }
                while (end < text.length() && text.charAt(end) == '`') {
                    end++;
                }
            }
            case BOLD, DISPLAY_NAME, WITH -> {
                if (reference.form() == NameForm.WITH) {
                    start -= "With ".length();
                }
                while (start > 0 && (text.charAt(start - 1) == '*' || text.charAt(start - 1) == '_')) {
                    start--;
                }
                if (end < text.length() && text.charAt(end) == ':') {
                    end++;
                }
                while (end < text.length() && (text.charAt(end) == '*' || text.charAt(end) == '_')) {
                    end++;
                }
            }
            case AT_MENTION -> {
                if (text.startsWith("@agent-", start - 7)) {
                    start -= 7;
                } else if (start > 0 && text.charAt(start - 1) == '@') {
                    start--;
                }
            }
            default -> {
                // links already cover their markup; plain names have none
            }
        }
        return new int[] {start, end};
    }

    /** The target's name written with the markup the model uses. */
    private String nameLike(String modelMarkup, NameForm form, WorkspaceAgent source, WorkspaceAgent target) {
        String slug = target.name();
        return switch (form) {
            case CODE -> {
                String fence = modelMarkup.substring(0, modelMarkup.indexOf(modelMarkup.replaceAll("^`+", "")));
                yield fence + slug + fence;
            }
            case BOLD -> modelMarkup.substring(0, 2) + slug + modelMarkup.substring(0, 2);
            case WITH -> modelMarkup.substring(0, 2) + "With " + slug + modelMarkup.substring(0, 2);
            case DISPLAY_NAME -> modelMarkup.substring(0, 2) + displayName(target) + modelMarkup.substring(0, 2);
            case LINK -> "[" + slug + "](" + relativeLink(source, target) + ")";
            case AT_MENTION -> modelMarkup.substring(0, modelMarkup.indexOf(modelMarkup.replaceAll("^@(agent-)?", ""))) + slug;
            default -> AgentNames.isSingleWord(AgentNames.key(slug)) ? "`" + slug + "`" : slug;
        };
    }

    /** The agent's name as a display name: Title Case for a slug, as written for a name that already has capitals. */
    private static String displayName(WorkspaceAgent target) {
        String name = target.name();
        return name.equals(name.toLowerCase(Locale.ROOT)) ? AgentNames.displayName(name) : name;
    }

    private static String relativeLink(WorkspaceAgent source, WorkspaceAgent target) {
        Path from = source.relativePath().getParent() == null ? Path.of("") : source.relativePath().getParent();
        return from.relativize(target.relativePath()).toString().replace('\\', '/');
    }

    // unlink

    /**
     * Removes the items that say {@code from} delegates to {@code to}: list items and table rows of delegation
     * sections that name only that agent (in {@code from}'s file, or a "receives from" item in {@code to}'s), and
     * {@code Agent(to)} in tools. Everything else that names it (a sentence, an item naming several agents) is listed
     * as a hand edit with its place. A section that {@code link} created goes with its last item.
     */
    public GraphEdit unlink(String from, String to) {
        WorkspaceAgent source = index.find(workspace, from);
        WorkspaceAgent target = index.find(workspace, to);
        requireDifferent(source, target);
        FileScan sourceScan = FileScan.of(source, index);
        FileScan targetScan = FileScan.of(target, index);
        List<AgentReference> outgoing = sourceScan.references().stream().filter(r -> r.refersTo(target) && !r.found().reverse()).toList();
        List<AgentReference> incoming = targetScan.references().stream().filter(r -> r.refersTo(source) && r.found().reverse()).toList();
        if (outgoing.isEmpty() && incoming.isEmpty()) {
            throw new IllegalArgumentException(source.name() + " does not refer to " + target.name());
        }
        List<GraphEdit.FileChange> changes = new ArrayList<>();
        List<GraphEdit.HandEdit> handEdits = new ArrayList<>();
        removeReferences(sourceScan, outgoing, target, handEdits).ifPresent(changes::add);
        removeReferences(targetScan, incoming, source, handEdits).ifPresent(changes::add);
        String summary = changes.isEmpty()
                ? "nothing removed; " + handEdits.size() + " place(s) name " + target.name() + " and need a hand edit"
                : source.name() + " no longer delegates to " + target.name()
                        + (handEdits.isEmpty() ? "" : "; " + handEdits.size() + " place(s) still name it and need a hand edit");
        return new GraphEdit(summary, changes, handEdits);
    }

    private Optional<GraphEdit.FileChange> removeReferences(FileScan scan, List<AgentReference> references, WorkspaceAgent other,
                                                            List<GraphEdit.HandEdit> handEdits) {
        Set<ReferenceItem> items = new LinkedHashSet<>();
        List<AgentReference> removedReferences = new ArrayList<>();
        List<AgentReference> tools = new ArrayList<>();
        boolean createdSection = false;
        for (AgentReference reference : references) {
            FoundReference found = reference.found();
            ItemKind kind = found.item().kind();
            if (found.kind() == EdgeKind.DELEGATES && !found.section().isEmpty() && (kind == ItemKind.LIST_ITEM || kind == ItemKind.TABLE_ROW)) {
                List<AgentReference> inItem = scan.references().stream().filter(r -> r.found().item().equals(found.item())).toList();
                List<String> others = inItem.stream().filter(r -> !r.refersTo(other)).map(r -> r.found().written()).distinct().toList();
                if (others.isEmpty()) {
                    items.add(found.item());
                    removedReferences.addAll(inItem);
                    createdSection |= found.section().equals(CreatedSection.TITLE);
                } else {
                    handEdits.add(handEdit(reference, "the item also names " + String.join(", ", others) + "; take "
                            + other.name() + " out of it by hand"));
                }
            } else if (found.kind() == EdgeKind.SPAWNS && found.form() == NameForm.TOOL) {
                tools.add(reference);
                removedReferences.add(reference);
            } else {
                handEdits.add(handEdit(reference, whyByHand(found, other)));
            }
        }
        if (items.isEmpty() && tools.isEmpty()) {
            return Optional.empty();
        }
        AgentDocument document = scan.agent().document();
        String eol = document.lineEnding().chars();
        String text = removeLines(document.text(), items);
        if (createdSection) {
            text = CreatedSection.withoutEmptySection(text, eol).orElse(text);
        }
        AgentDocument edited = AgentFileParser.parse(text);
        if (!tools.isEmpty()) {
            edited = FrontmatterEditor.set(edited, "tools", new FieldValue.Items(withoutSpawn(edited, other), FieldValue.ListForm.COMMA_STRING));
        }
        List<String> expected = new ArrayList<>(signature(scan.references()));
        removedReferences.forEach(r -> expected.remove(key(r)));
        List<String> after = signature(FileScan.of(withDocument(scan.agent(), edited), index).references());
        if (!after.equals(expected)) {
            throw new EditRefusedException("Removing " + other.name() + " from " + display(scan.agent())
                    + " would change how other names read; nothing was changed.");
        }
        return Optional.of(new GraphEdit.FileChange(scan.agent(), edited, null));
    }

    /** Whole lines out; an item on the last line without terminator goes with the terminator before it. */
    private static String removeLines(String text, Collection<ReferenceItem> items) {
        List<ReferenceItem> byStart = items.stream().sorted(Comparator.comparingInt(ReferenceItem::start).reversed()).toList();
        StringBuilder out = new StringBuilder(text);
        for (ReferenceItem item : byStart) {
            int start = item.start();
            int end = item.end();
            boolean terminated = end > start && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == '\r');
            if (!terminated && start > 0) {
                start -= start >= 2 && out.charAt(start - 1) == '\n' && out.charAt(start - 2) == '\r' ? 2 : 1;
            }
            out.delete(start, end);
        }
        return out.toString();
    }

    /** The tools list without {@code other} in any Agent(...) or Task(...); an entry left empty goes. */
    private static List<String> withoutSpawn(AgentDocument document, WorkspaceAgent other) {
        String otherKey = AgentNames.key(other.name());
        List<String> tools = new ArrayList<>();
        for (String tool : NameList.from(document.value("tools").orElse(null))) {
            Matcher spawn = SPAWN_TOOL.matcher(tool);
            if (!spawn.matches()) {
                tools.add(tool);
                continue;
            }
            List<String> kept = NameList.splitCommas(spawn.group(2)).stream().filter(n -> !AgentNames.key(n).equals(otherKey)).toList();
            if (!kept.isEmpty()) {
                tools.add(spawn.group(1) + "(" + String.join(", ", kept) + ")");
            }
        }
        return tools;
    }

    private static String whyByHand(FoundReference found, WorkspaceAgent other) {
        if (found.kind() == EdgeKind.MENTIONS) {
            return "mentions " + other.name() + " in running text; reword it by hand if it should go";
        }
        if (found.item().kind() == ItemKind.FIELD) {
            return "declares " + other.name() + " in the frontmatter; edit that field by hand";
        }
        return "names " + other.name() + " in a sentence; edit the sentence by hand";
    }

    private static GraphEdit.HandEdit handEdit(AgentReference reference, String why) {
        return new GraphEdit.HandEdit(reference.source().file(), reference.source().firstLine(),
                reference.source().text().lines().findFirst().orElse(""), why);
    }

    // rename

    /**
     * Renames an agent: its {@code name}, every reference to it across the workspace in the form each is written
     * (slug, display name, link, {@code Agent(...)} in tools), and its file when the file is named after it.
     * Spellings the studio does not read as references (inside code blocks, in descriptions) are listed as hand edits.
     *
     * @throws IllegalArgumentException when the new name cannot be an agent name
     */
    public GraphEdit rename(String agentName, String newName) {
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
                + String.join(", ", namesakes.stream().map(GraphEditor::display).toList()) + ")";
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
                handEdits.add(handEdit(reference, "names " + agent.name() + " in a form the studio does not rewrite; change it to "
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
            Matcher spawn = SPAWN_TOOL.matcher(tool);
            if (!spawn.matches()) {
                tools.add(tool);
                continue;
            }
            List<String> names = NameList.splitCommas(spawn.group(2)).stream()
                    .map(n -> AgentNames.key(n).equals(oldKey) ? Objects.requireNonNullElse(NameSpelling.respell(n, oldKey, wanted, "-"), wanted) : n)
                    .toList();
            tools.add(spawn.group(1) + "(" + String.join(", ", names) + ")");
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
            List<String> othersBefore = signature(before.stream().filter(r -> !r.refersTo(agent)).toList());
            List<String> othersNow = new ArrayList<>(signature(now.stream()
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
                throw new EditRefusedException("Renaming " + agent.name() + " would change how references in " + display(file)
                        + " read; nothing was changed.");
            }
        }
    }

    // shared

    private static void requireDifferent(WorkspaceAgent a, WorkspaceAgent b) {
        if (a.path().equals(b.path())) {
            throw new IllegalArgumentException("an agent does not delegate to itself");
        }
    }

    private static WorkspaceAgent withDocument(WorkspaceAgent agent, AgentDocument document) {
        return new WorkspaceAgent(agent.path(), agent.relativePath(), agent.dialect(), document, agent.stamp());
    }

    /** What a file's references say, independent of where they are: the check that an edit did only what it meant. */
    private static List<String> signature(List<AgentReference> references) {
        List<String> keys = new ArrayList<>(references.size());
        references.forEach(r -> keys.add(key(r)));
        keys.sort(null);
        return keys;
    }

    private static String key(AgentReference reference) {
        String target = reference.target() == null ? "ghost:" + reference.found().key() : reference.target().path().toString();
        return reference.found().kind().id() + "|" + reference.found().reverse() + "|" + target;
    }

    private static String key(EdgeKind kind, boolean reverse, WorkspaceAgent target) {
        return kind.id() + "|" + reverse + "|" + target.path();
    }

    private static String firstLine(String text, ReferenceItem item) {
        int end = item.start();
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(item.start(), end);
    }

    private static String display(WorkspaceAgent agent) {
        return agent.relativePath().toString().replace('\\', '/');
    }
}
