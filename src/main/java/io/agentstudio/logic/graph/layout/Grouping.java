package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.scope.AgentScope;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.GraphNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a big team is drawn in groups: by the folder an agent's file is in, by its scope (the project root, a package's
 * folder, the user's own agents), or by the value of a frontmatter field (a {@code category}, the {@code model}).
 * Names no agent has yet (ghosts) make a group of their own.
 *
 * @param field the frontmatter key to group by; null for the folder and the scope
 */
public record Grouping(By by, String field) {
    public enum By { FOLDER, SCOPE, FIELD }

    public static final Grouping FOLDER = new Grouping(By.FOLDER, null);
    public static final Grouping SCOPE = new Grouping(By.SCOPE, null);
    static final String MISSING_KEY = "\u0000missing";
    static final String MISSING_LABEL = "not written yet";
    /** Fields every agent has its own value of. */
    private static final Set<String> PER_AGENT = Set.of("name", "description");
    /** A longer value is prose, not a category. */
    private static final int SHORT = 40;

    /** Grouping by the value of the frontmatter field {@code key}. */
    public static Grouping byField(String key) {
        return new Grouping(By.FIELD, key);
    }

    /** Which group each of {@code nodes} falls in, and each group's label. */
    public Groups of(List<GraphNode> nodes, Map<String, WorkspaceAgent> agentsById) {
        Map<String, String> keyOf = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (GraphNode node : nodes) {
            WorkspaceAgent agent = agentsById.get(node.id());
            String key;
            if (agent == null) {
                key = MISSING_KEY;
                labels.put(key, MISSING_LABEL);
            } else if (by == By.FOLDER) {
                Path folder = agent.relativePath().getParent();
                key = folder == null ? "" : folder.toString().replace('\\', '/');
                labels.put(key, folderLabel(key));
            } else if (by == By.SCOPE) {
                AgentScope scope = AgentScope.of(agent);
                key = scope.isUser() ? "~" : scope.folder().toString().replace('\\', '/');
                labels.put(key, scope.label());
            } else {
                String value = agent.document().string(field).map(String::strip).orElse("");
                key = value;
                labels.put(key, value.isEmpty() ? "no " + field : value);
            }
            keyOf.put(node.id(), key);
        }
        return new Groups(keyOf, unique(labels));
    }

    /**
     * The groupings that say something about these agents: by folder when they sit in more than one, by scope when
     * they come from more than one (a monorepo's packages, the user's own agents), and by each short
     * scalar field that at least two agents have with at least two values among them and fewer values than agents
     * (a name or a description would make a group per agent). The model first, then by key.
     */
    public static List<Grouping> choices(Collection<WorkspaceAgent> agents) {
        List<Grouping> choices = new ArrayList<>();
        if (agents.stream().map(agent -> String.valueOf(agent.relativePath().getParent())).distinct().count() > 1) {
            choices.add(FOLDER);
        }
        if (agents.stream().map(agent -> AgentScope.of(agent).label()).distinct().count() > 1) {
            choices.add(SCOPE);
        }
        Map<String, Set<String>> values = new TreeMap<>();
        Map<String, Integer> holders = new HashMap<>();
        for (WorkspaceAgent agent : agents) {
            for (FrontmatterField field : agent.document().fields()) {
                String key = field.key();
                if (PER_AGENT.contains(key)) {
                    continue;
                }
                agent.document().string(key).map(String::strip).filter(value -> !value.isEmpty() && value.length() <= SHORT)
                        .ifPresent(value -> {
                            values.computeIfAbsent(key, k -> new HashSet<>()).add(value);
                            holders.merge(key, 1, Integer::sum);
                        });
            }
        }
        List<String> keys = new ArrayList<>();
        values.forEach((key, seen) -> {
            if (holders.get(key) >= 2 && seen.size() >= 2 && seen.size() < holders.get(key)) {
                keys.add(key);
            }
        });
        keys.sort(Comparator.comparing((String key) -> !key.equals("model")));
        keys.forEach(key -> choices.add(byField(key)));
        return choices;
    }

    /** What the choice is called in the tool bar. */
    public String title() {
        return switch (by) {
            case FOLDER -> "folder";
            case SCOPE -> "scope";
            case FIELD -> field;
        };
    }

    /** The folder's own name: in a team sorted into folders, the last part tells them apart. */
    private static String folderLabel(String key) {
        return key.isEmpty() ? "top folder" : key.substring(key.lastIndexOf('/') + 1);
    }

    /** Labels told apart where two groups would read the same (two folders of one name): the key says which. */
    private static Map<String, String> unique(Map<String, String> labels) {
        Map<String, Long> uses = new HashMap<>();
        labels.values().forEach(label -> uses.merge(label, 1L, Long::sum));
        Map<String, String> sorted = new TreeMap<>();
        labels.forEach((key, label) -> sorted.put(key, uses.get(label) > 1 && !key.isEmpty() ? key : label));
        return sorted;
    }

    /**
     * Every node's group and every group's label.
     *
     * @param keyOf  the group key of each node, by node id
     * @param labels each group's label, by key
     */
    public record Groups(Map<String, String> keyOf, Map<String, String> labels) {
        public Groups {
            keyOf = Map.copyOf(keyOf);
            labels = Map.copyOf(labels);
        }

        public String label(String key) {
            return Objects.requireNonNullElse(labels.get(key), key);
        }

        /** How many of the nodes fall in the group. */
        public int size(String key) {
            return (int) keyOf.values().stream().filter(key::equals).count();
        }
    }
}
