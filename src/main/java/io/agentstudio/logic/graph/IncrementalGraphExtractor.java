package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts the delegation graph again and again as agents are edited, scanning only the files whose text changed
 * since the last call: an edit changes only its own file's references. When any agent's name, file or dialect
 * changes, names may resolve differently everywhere, so every file is scanned again. Gives the same graph as
 * {@link GraphExtractor#extract}. Not for several threads at once.
 */
public final class IncrementalGraphExtractor {
    private List<NameKey> names = List.of();
    private NameIndex index;
    private Map<Path, FileScan> scans = new HashMap<>();
    private int lastScanned;

    /** The graph of {@code agents}, in their order. */
    public synchronized DelegationGraph extract(List<WorkspaceAgent> agents) {
        List<NameKey> now = agents.stream().map(NameKey::of).toList();
        if (index == null || !now.equals(names)) {
            names = now;
            index = NameIndex.of(agents);
            scans = new HashMap<>();
        }
        List<WorkspaceAgent> changed = agents.stream().filter(agent -> {
            FileScan previous = scans.get(agent.path());
            return previous == null || !previous.agent().document().text().equals(agent.document().text());
        }).toList();
        lastScanned = changed.size();
        GraphExtractor.scanAll(changed, index).forEach(scan -> scans.put(scan.agent().path(), scan));
        Map<Path, FileScan> kept = new HashMap<>();
        List<FileScan> ordered = new ArrayList<>(agents.size());
        for (WorkspaceAgent agent : agents) {
            FileScan scan = scans.get(agent.path());
            kept.put(agent.path(), scan);
            ordered.add(scan);
        }
        scans = kept;
        return GraphExtractor.build(agents, index, ordered);
    }

    /** How many files the last {@link #extract} scanned (the others were reused). */
    public synchronized int lastScanned() {
        return lastScanned;
    }

    /** What decides how names resolve: an agent's place, names and dialect. */
    private record NameKey(Path path, Path relativePath, String name, String fileStem, Dialect dialect) {
        static NameKey of(WorkspaceAgent agent) {
            return new NameKey(agent.path(), agent.relativePath(), agent.name(), agent.fileStem(), agent.dialect());
        }
    }
}
