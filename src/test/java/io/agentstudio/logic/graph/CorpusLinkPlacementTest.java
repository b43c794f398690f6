package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import io.agentstudio.model.NameForm;
import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, part 2, on every agent of ../shared/corpus, each collection opened as its own workspace: {@code link}
 * to an agent not yet named writes the new item where a reader looks, into the list that already holds the agent's
 * delegations (names that resolve to agents), in the form of that list's items (same bullet, same way of writing
 * the name, table row in a table), or into a new {@code ## Delegates to} section at the end when there is no such
 * list; the graph extracted again holds exactly one edge more; {@code unlink} gives back every byte.
 */
@CorpusTest
class CorpusLinkPlacementTest {
    private static final String NOTE = "corpus check";
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern CONNECTIVE = Pattern.compile("For|If|When|On");
    private static final Pattern MARKER = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s");

    private record Outcome(String agent, String partner, String landed, String failure) {
    }

    @Test
    void linkWritesWhereAReaderLooksAndUnlinkGivesBackTheBytes() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path collection : collections()) {
            Workspace workspace = WorkspaceLoader.load(collection);
            NameIndex index = NameIndex.of(workspace);
            List<FileScan> scans = GraphExtractor.scanAll(workspace.agents(), index);
            Map<String, Integer> before = edges(GraphExtractor.build(workspace.agents(), index, scans));
            for (int i = 0; i < workspace.agents().size(); i++) {
                outcomes.add(check(workspace, index, scans, i, before, false));
                outcomes.add(check(workspace, index, scans, i, before, true));
            }
        }
        Map<String, List<Outcome>> byLanding = outcomes.stream().collect(Collectors.groupingBy(Outcome::landed, TreeMap::new, Collectors.toList()));
        List<Outcome> failures = outcomes.stream().filter(o -> o.failure() != null).toList();
        System.out.printf("link placement: %d links (2 per agent); %s; %d failures%n", outcomes.size(),
                byLanding.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey()).collect(Collectors.joining(", ")),
                failures.size());
        failures.forEach(f -> System.out.printf("  %s -> %s: %s%n", f.agent(), f.partner(), f.failure()));
        assertThat(failures).isEmpty();
    }

    /** One link and its unlink; {@code second}: to another partner, without a note, for other name shapes and templates. */
    private static Outcome check(Workspace workspace, NameIndex index, List<FileScan> scans, int i, Map<String, Integer> before,
                                 boolean second) {
        WorkspaceAgent agent = workspace.agents().get(i);
        FileScan scan = scans.get(i);
        String id = id(agent);
        Optional<WorkspaceAgent> partner = partnerOf(workspace, index, scan, second);
        if (partner.isEmpty()) {
            return new Outcome(id, "-", "without a partner (names every agent)", null);
        }
        WorkspaceAgent target = partner.get();
        List<BodyScanner.DelegationList> lists = delegationLists(scan);
        String landed = !lists.isEmpty() ? "into an existing list"
                : namesDelegationsOutsideLists(scan) ? "in a new section, with delegations in a paragraph or sentence"
                : "in a new section";
        GraphEdit link;
        try {
            link = new GraphEditor(workspace).link(id, id(target), second ? null : NOTE);
        } catch (EditRefusedException refused) {
            return new Outcome(id, id(target), landed, "link refused: " + refused.getMessage());
        }
        if (link.changes().size() != 1) {
            return new Outcome(id, id(target), landed, "link changed " + link.changes().size() + " files");
        }
        Workspace linked = link.applyTo(workspace);
        WorkspaceAgent edited = linked.agents().get(i);
        String failure = placement(scan, lists, edited, index, target);
        if (failure == null) {
            List<FileScan> after = new ArrayList<>(scans);
            after.set(i, FileScan.of(edited, index));
            Map<String, Integer> expected = new TreeMap<>(before);
            expected.merge(edgeKey(GraphNode.agent(agent.relativePath(), "", null).id(),
                    GraphNode.agent(target.relativePath(), "", null).id(), EdgeKind.DELEGATES), 1, Integer::sum);
            Map<String, Integer> got = edges(GraphExtractor.build(linked.agents(), index, after));
            if (!got.equals(expected)) {
                failure = "graph changed beyond the new edge: " + difference(expected, got);
            }
        }
        if (failure == null) {
            try {
                Workspace back = new GraphEditor(linked).unlink(id, id(target)).applyTo(linked);
                if (!back.agents().get(i).document().text().equals(agent.document().text())) {
                    failure = "unlink does not give back the bytes";
                }
            } catch (RuntimeException e) {
                failure = "unlink failed: " + e.getMessage();
            }
        }
        return new Outcome(id, id(target), landed, failure == null ? null : failure + "\n" + added(agent, edited));
    }

    /** Null when the new item sits where it should, in the form it should, else what is wrong. */
    private static String placement(FileScan scan, List<BodyScanner.DelegationList> lists, WorkspaceAgent edited, NameIndex index,
                                    WorkspaceAgent target) {
        FileScan after = FileScan.of(edited, index);
        List<AgentReference> added = after.references().stream()
                .filter(r -> r.refersTo(target) && r.found().kind() == EdgeKind.DELEGATES && !r.found().reverse()).toList();
        if (added.size() != 1) {
            return added.size() + " delegations to the target after link";
        }
        FoundReference found = added.get(0).found();
        String original = scan.agent().document().text();
        String text = edited.document().text();
        if (lists.isEmpty()) {
            if (!text.startsWith(original) || !text.substring(original.length()).contains(CreatedSection.HEADING)) {
                return "no delegation list, but the item is not in a new section at the end";
            }
            return null;
        }
        Optional<BodyScanner.DelegationList> into = lists.stream().filter(l -> found.item().start() >= l.items().get(0).start()
                && found.item().start() <= l.items().get(l.items().size() - 1).end() + 2).findFirst();
        if (into.isEmpty()) {
            return "the item is not in a list that holds delegations (" + lists.stream().map(l -> l.section().title()).toList()
                    + ") but under '" + found.section() + "'";
        }
        BodyScanner.DelegationList list = into.get();
        if (found.item().kind() != list.kind()) {
            return "a " + found.item().kind() + " in a list of " + list.kind();
        }
        Map<NameForm, Long> forms = scan.references().stream().filter(r -> list.items().contains(r.found().item()) && r.target() != null
                        && r.found().kind() == EdgeKind.DELEGATES && !r.found().reverse())
                .collect(Collectors.groupingBy(r -> r.found().form(), Collectors.counting()));
        long most = forms.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (forms.getOrDefault(found.form(), 0L) < most) {
            return "name written as " + found.form() + " in a list written as " + forms;
        }
        String item = found.item().text(text);
        List<String> itemTexts = list.items().stream().map(it -> it.text(original).toLowerCase(Locale.ROOT)).toList();
        int nameAt = found.nameStart() - found.item().start();
        List<String> before = WORD.matcher(item.substring(0, nameAt).replace(NOTE, " ")).results().map(MatchResult::group).toList();
        List<String> following = WORD.matcher(item.substring(found.nameEnd() - found.item().start()).replace(NOTE, " "))
                .results().map(MatchResult::group).toList();
        // The template's own words: a connective first ("For ... → delegate to"), the verb before the name, the
        // word that leads to the note; any other word copied from a single item says something of that item.
        List<String> copied = new ArrayList<>(before.subList(0, Math.max(0, before.size() - 2)));
        if (!copied.isEmpty() && CONNECTIVE.matcher(copied.get(0)).matches()) {
            copied.remove(0);
        }
        copied.addAll(following.subList(Math.min(1, following.size()), following.size()));
        for (String word : copied) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (list.items().size() > 1 && itemTexts.stream().filter(t -> Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(t).find()).count() < 2) {
                return "the new item copies '" + word + "', which only one item of the list says";
            }
        }
        if (list.kind() == ItemKind.LIST_ITEM) {
            String line = GraphEditSteps.firstLine(text, found.item());
            String last = GraphEditSteps.firstLine(original, list.items().get(list.items().size() - 1));
            if (!marker(line).equals(marker(last))) {
                return "bullet '" + marker(line) + "' after '" + marker(last) + "'";
            }
        }
        return null;
    }

    private static String marker(String line) {
        Matcher m = MARKER.matcher(line);
        return m.find() ? m.group(1).replaceAll("\\d+", "N") : "none";
    }

    /** The lists of the body that hold delegations to agents of the workspace (names that resolve). */
    private static List<BodyScanner.DelegationList> delegationLists(FileScan scan) {
        return scan.lists().stream().filter(l -> !l.section().reverse() && scan.references().stream()
                .anyMatch(r -> r.target() != null && !r.isSelf() && r.found().kind() == EdgeKind.DELEGATES && !r.found().reverse()
                        && l.items().contains(r.found().item()))).toList();
    }

    /**
     * An agent of the collection that the agent never names and whose name reaches it: the first in file order, or
     * for the second link one further on, picked from the agent's own position so that partners vary.
     */
    private static Optional<WorkspaceAgent> partnerOf(Workspace workspace, NameIndex index, FileScan scan, boolean second) {
        WorkspaceAgent agent = scan.agent();
        List<WorkspaceAgent> candidates = workspace.agents().stream()
                .filter(b -> !b.path().equals(agent.path()))
                .filter(b -> scan.references().stream().noneMatch(r -> r.refersTo(b)))
                .filter(b -> index.resolve(AgentNames.key(b.name()), agent).map(r -> r.path().equals(b.path())).orElse(false))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int at = second ? (workspace.agents().indexOf(agent) * 7 + 3) % candidates.size() : 0;
        return Optional.of(candidates.get(at));
    }

    /** True when the body delegates to agents outside any list, in a paragraph ("Integration with other agents: a, b.") or a sentence. */
    private static boolean namesDelegationsOutsideLists(FileScan scan) {
        return scan.references().stream().anyMatch(r -> r.target() != null && !r.isSelf() && r.found().kind() == EdgeKind.DELEGATES
                && !r.found().reverse() && r.found().item().kind() == ItemKind.PARAGRAPH);
    }

    private static Map<String, Integer> edges(DelegationGraph graph) {
        Map<String, Integer> edges = new TreeMap<>();
        for (GraphEdge edge : graph.edges()) {
            edges.merge(edgeKey(edge.from().id(), edge.to().id(), edge.kind()), edge.sources().size(), Integer::sum);
        }
        graph.nodes().forEach(n -> edges.put("node " + n.id(), 0));
        return edges;
    }

    private static String edgeKey(String from, String to, EdgeKind kind) {
        return from + " -" + kind.id() + "-> " + to;
    }

    private static String difference(Map<String, Integer> expected, Map<String, Integer> got) {
        List<String> out = new ArrayList<>();
        expected.forEach((k, v) -> {
            if (!v.equals(got.get(k))) {
                out.add(k + " " + v + "->" + got.get(k));
            }
        });
        got.forEach((k, v) -> {
            if (!expected.containsKey(k)) {
                out.add(k + " new " + v);
            }
        });
        return String.join("; ", out);
    }

    /** The lines link added, for the failure report. */
    private static String added(WorkspaceAgent before, WorkspaceAgent after) {
        String a = before.document().text();
        String b = after.document().text();
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int lineStart = a.lastIndexOf('\n', start - 1) + 1;
        int extra = b.length() - a.length();
        return "      added: " + b.substring(lineStart, Math.min(b.length(), start + extra)).strip().replace("\n", "\n      ");
    }

    private static String id(WorkspaceAgent agent) {
        return agent.relativePath().toString().replace('\\', '/');
    }

    private static List<Path> collections() throws IOException {
        try (Stream<Path> children = Files.list(SharedFiles.corpus())) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
