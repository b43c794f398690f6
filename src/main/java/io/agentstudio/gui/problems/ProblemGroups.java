package io.agentstudio.gui.problems;

import io.agentstudio.logic.validation.Finding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pane's groups and rows for one grouping and filter. A change of one file's findings touches only the groups
 * that file is in, and within them only the rows that changed: the other rows stay the same objects in the same
 * lists, which is what keeps the pane's selection, expansion and scroll position.
 */
final class ProblemGroups {
    private final ObservableList<ProblemGroup> groups = FXCollections.observableArrayList();
    private final Function<Path, String> fileName;
    private Grouping grouping = Grouping.BY_AGENT;
    private Predicate<Finding> filter = finding -> true;

    ProblemGroups(Function<Path, String> fileName) {
        this.fileName = fileName;
    }

    ObservableList<ProblemGroup> groups() {
        return groups;
    }

    /** Every group anew (the grouping or the filter changed, or a workspace opened). */
    void rebuild(Grouping grouping, Predicate<Finding> filter, Map<Path, List<Finding>> all) {
        this.grouping = grouping;
        this.filter = filter;
        Map<String, List<ProblemRow>> rows = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        all.values().forEach(findings -> findings.stream().filter(filter).forEach(finding -> {
            String key = keyOf(finding);
            titles.putIfAbsent(key, titleOf(finding));
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(row(finding));
        }));
        List<ProblemGroup> built = new ArrayList<>();
        rows.forEach((key, list) -> {
            ProblemGroup group = new ProblemGroup(key, titles.get(key));
            list.sort(ProblemRow.ORDER);
            group.editableRows().setAll(list);
            built.add(group);
        });
        groups.setAll(built);
    }

    /** One file's findings changed from {@code before} to {@code now}. */
    void update(Path file, List<Finding> before, List<Finding> now) {
        List<Finding> shown = now.stream().filter(filter).toList();
        Set<String> keys = new LinkedHashSet<>();
        before.forEach(finding -> keys.add(keyOf(finding)));
        shown.forEach(finding -> keys.add(keyOf(finding)));
        for (String key : keys) {
            List<ProblemRow> next = new ArrayList<>();
            group(key).ifPresent(group -> group.rows().stream().filter(row -> !row.file().equals(file)).forEach(next::add));
            shown.stream().filter(finding -> keyOf(finding).equals(key)).map(this::row).forEach(next::add);
            next.sort(ProblemRow.ORDER);
            String title = shown.stream().filter(finding -> keyOf(finding).equals(key)).findFirst().map(this::titleOf).orElse(key);
            show(key, title, next);
        }
    }

    Optional<ProblemGroup> group(String key) {
        return groups.stream().filter(group -> group.key().equals(key)).findFirst();
    }

    /** Every row shown, group by group. */
    List<ProblemRow> rows() {
        return groups.stream().flatMap(group -> group.rows().stream()).toList();
    }

    private void show(String key, String title, List<ProblemRow> next) {
        Optional<ProblemGroup> existing = group(key);
        if (next.isEmpty()) {
            existing.ifPresent(groups::remove);
            return;
        }
        ProblemGroup group = existing.orElseGet(() -> {
            ProblemGroup created = new ProblemGroup(key, title);
            int at = 0;
            while (at < groups.size() && groups.get(at).key().compareTo(key) < 0) {
                at++;
            }
            groups.add(at, created);
            return created;
        });
        sync(group.editableRows(), next);
    }

    /**
     * Makes {@code target} equal to {@code next} (both in {@link ProblemRow#ORDER}) by removing the rows that went
     * and inserting the ones that came; rows in both stay where they are, as the same objects.
     */
    static void sync(ObservableList<ProblemRow> target, List<ProblemRow> next) {
        if (target.equals(next)) {
            return;
        }
        Collection<ProblemRow> keep = new HashSet<>(next);
        target.removeIf(row -> !keep.contains(row));
        int at = 0;
        for (ProblemRow row : next) {
            if (at < target.size() && target.get(at).equals(row)) {
                at++;
            } else {
                target.add(at++, row);
            }
        }
    }

    private String keyOf(Finding finding) {
        return grouping == Grouping.BY_RULE ? finding.ruleId() : finding.file().toString();
    }

    private String titleOf(Finding finding) {
        return grouping == Grouping.BY_RULE ? finding.ruleId() : fileName.apply(finding.file());
    }

    private ProblemRow row(Finding finding) {
        return new ProblemRow(finding, fileName.apply(finding.file()));
    }
}
