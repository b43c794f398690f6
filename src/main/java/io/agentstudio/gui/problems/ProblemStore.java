package io.agentstudio.gui.problems;

import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Severity;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workspace's findings as the UI thread knows them: by file, the worst severity of each file, and the counts
 * per severity. Everything here changes on the UI thread only.
 */
final class ProblemStore {
    private final ObservableMap<Path, List<Finding>> byFile = FXCollections.observableHashMap();
    private final ObservableMap<Path, Severity> worstByFile = FXCollections.observableHashMap();
    private final Map<Severity, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Severity.class);
    // One wrapper each for all callers: a listener on a throwaway wrapper is dropped when the wrapper is collected.
    private final ObservableMap<Path, List<Finding>> readOnlyByFile = FXCollections.unmodifiableObservableMap(byFile);
    private final ObservableMap<Path, Severity> readOnlyWorstByFile = FXCollections.unmodifiableObservableMap(worstByFile);

    ProblemStore() {
        for (Severity severity : Severity.values()) {
            counts.put(severity, new ReadOnlyIntegerWrapper(this, severity.label() + "Count", 0));
        }
    }

    ObservableMap<Path, List<Finding>> byFile() {
        return readOnlyByFile;
    }

    ObservableMap<Path, Severity> worstByFile() {
        return readOnlyWorstByFile;
    }

    ReadOnlyIntegerProperty count(Severity severity) {
        return counts.get(severity).getReadOnlyProperty();
    }

    List<Finding> findings(Path file) {
        return byFile.getOrDefault(file, List.of());
    }

    Set<Path> files() {
        return byFile.keySet();
    }

    /** Replaces everything (a workspace was opened). */
    void replaceAll(Map<Path, List<Finding>> findings) {
        for (Path file : Set.copyOf(byFile.keySet())) {
            if (!findings.containsKey(file)) {
                put(file, List.of());
            }
        }
        findings.forEach(this::put);
    }

    /** One file's findings now; an empty list forgets the file. */
    void put(Path file, List<Finding> findings) {
        List<Finding> before = byFile.getOrDefault(file, List.of());
        before.forEach(finding -> add(finding.severity(), -1));
        findings.forEach(finding -> add(finding.severity(), 1));
        if (findings.isEmpty()) {
            byFile.remove(file);
            worstByFile.remove(file);
            return;
        }
        byFile.put(file, List.copyOf(findings));
        Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        if (worstByFile.get(file) != worst) {
            worstByFile.put(file, worst);
        }
    }

    private void add(Severity severity, int delta) {
        ReadOnlyIntegerWrapper count = counts.get(severity);
        count.set(count.get() + delta);
    }
}
