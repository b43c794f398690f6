package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.NameForm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code link}: adds an item for one agent to another's delegation list, in the style that list already uses, or a
 * {@code ## Delegates to} section when there is none; the result is scanned again and must hold one delegation more.
 */
final class GraphLinker {
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)([-*+]|(\\d+)([.)]))(\\s+)");
    private static final Pattern PREFERRED_SECTION = Pattern.compile("deleg|hand\\s*-?\\s*off", Pattern.CASE_INSENSITIVE);

    private final Workspace workspace;
    private final NameIndex index;

    GraphLinker(Workspace workspace, NameIndex index) {
        this.workspace = workspace;
        this.index = index;
    }

    /** See {@link GraphEditor#link}. */
    GraphEdit link(String from, String to, String note) {
        WorkspaceAgent source = index.find(workspace, from);
        WorkspaceAgent target = index.find(workspace, to);
        GraphEditSteps.requireDifferent(source, target);
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
        List<String> before = GraphEditSteps.signature(scan.references());
        String text = source.document().text();
        String eol = source.document().lineEnding().chars();
        List<String> attempts = new ArrayList<>();
        addToList(scan, target, cleanNote, eol).ifPresent(attempts::add);
        attempts.add(CreatedSection.append(text, ItemTemplate.plainItem("- ", "`" + slug(target) + "`", cleanNote), eol));
        for (String updated : attempts) {
            AgentDocument edited = AgentFileParser.parse(updated);
            List<String> after = GraphEditSteps.signature(FileScan.of(GraphEditSteps.withDocument(source, edited), index).references());
            List<String> expected = new ArrayList<>(before);
            expected.add(GraphEditSteps.key(EdgeKind.DELEGATES, false, target));
            expected.sort(null);
            if (after.equals(expected)) {
                return new GraphEdit(source.name() + " now delegates to " + target.name(),
                        List.of(new GraphEdit.FileChange(source, edited, null)), List.of());
            }
        }
        throw new EditRefusedException("No item for " + target.name() + " reads back as a delegation in " + GraphEditSteps.display(source)
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
            Matcher marker = LIST_MARKER.matcher(GraphEditSteps.firstLine(text, last));
            if (marker.find()) {
                String bullet = marker.group(1) + (marker.group(3) != null ? number(marker) + 1 + marker.group(4) : marker.group(2)) + marker.group(5);
                newItem = ItemTemplate.plainItem(bullet, "`" + slug(target) + "`", note);
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
        String line = GraphEditSteps.firstLine(text, model);
        int markupStart = markup[0] - model.start();
        int markupEnd = markup[1] - model.start();
        if (markupEnd > line.length()) {
            return null;
        }
        String name = nameLike(text.substring(markup[0], markup[1]), reference.form(), scan.agent(), target);
        if (list.kind() == ItemKind.TABLE_ROW) {
            return ItemTemplate.tableRow(line, markupStart, name, note);
        }
        Matcher lastMarker = LIST_MARKER.matcher(GraphEditSteps.firstLine(text, last));
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

    /**
     * The name to write in backticks, bold, "With", a mention or a link: the name as declared when it is a slug, else
     * its key ("Python Testing Expert" -> python-testing-expert), which resolves to the same agent where a name with
     * spaces in backticks or after "@agent-" would not read as a name at all.
     */
    private static String slug(WorkspaceAgent target) {
        return AgentNames.isSlugShaped(target.name()) ? target.name() : AgentNames.key(target.name());
    }

    /** The target's name written with the markup the model uses. */
    private String nameLike(String modelMarkup, NameForm form, WorkspaceAgent source, WorkspaceAgent target) {
        String slug = slug(target);
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
}
