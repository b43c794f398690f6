package io.agentstudio.logic.validation;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** For one workspace rule: which agents hold which keys, both ways, so the agents tied to a change are found at once. */
final class KeyIndex {
    private final Map<String, Set<Path>> holders = new HashMap<>();
    private final Map<Path, Set<String>> keysOf = new HashMap<>();

    void put(Path agent, Set<String> keys) {
        keysOf.put(agent, Set.copyOf(keys));
        for (String key : keys) {
            Set<Path> paths = holders.get(key);
            if (paths == null) {
                paths = new TreeSet<>();
                holders.put(key, paths);
            }
            paths.add(agent);
        }
    }

    /** Removes the agent and returns the keys it held. */
    Set<String> remove(Path agent) {
        Set<String> keys = keysOf.remove(agent);
        if (keys == null) {
            return Set.of();
        }
        for (String key : keys) {
            Set<Path> paths = holders.get(key);
            paths.remove(agent);
            if (paths.isEmpty()) {
                holders.remove(key);
            }
        }
        return keys;
    }

    /** The agents holding the key, in path order: a view, not a copy (every agent of a workspace asks, for every rule). */
    Collection<Path> holders(String key) {
        Set<Path> paths = holders.get(key);
        return paths == null ? Set.of() : Collections.unmodifiableSet(paths);
    }

    boolean holds(String key) {
        return holders.containsKey(key);
    }

    Set<Path> holdersOfAny(Collection<String> keys) {
        Set<Path> paths = new HashSet<>();
        keys.forEach(key -> paths.addAll(holders(key)));
        return paths;
    }
}
