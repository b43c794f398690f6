package io.agentstudio.logic.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For one workspace rule: which agents hold which keys, both ways, so the agents tied to a change are found at once.
 * Each key's holders are a list kept in path order.
 */
final class KeyIndex {
    private final Map<String, List<Path>> holders = new HashMap<>();
    private final Map<Path, Set<String>> keysOf = new HashMap<>();

    /**
     * The index of every agent's keys, {@code inPathOrder} listing those agents sorted: each key's holders are then
     * appended in order, where putting them one by one compares paths for every key an agent holds. The sets are kept
     * as they are, not copied: they must be made for this index and not changed after.
     */
    static KeyIndex of(Map<Path, Set<String>> keys, List<Path> inPathOrder) {
        KeyIndex index = new KeyIndex();
        for (Path agent : inPathOrder) {
            Set<String> held = keys.get(agent);
            if (held == null) {
                continue;
            }
            index.keysOf.put(agent, held);
            for (String key : held) {
                index.holders.computeIfAbsent(key, k -> new ArrayList<>(2)).add(agent);
            }
        }
        return index;
    }

    void put(Path agent, Set<String> keys) {
        keysOf.put(agent, Set.copyOf(keys));
        for (String key : keys) {
            List<Path> paths = holders.computeIfAbsent(key, k -> new ArrayList<>(2));
            int at = Collections.binarySearch(paths, agent);
            if (at < 0) {
                paths.add(-at - 1, agent);
            }
        }
    }

    /** Removes the agent and returns the keys it held. */
    Set<String> remove(Path agent) {
        Set<String> keys = keysOf.remove(agent);
        if (keys == null) {
            return Set.of();
        }
        for (String key : keys) {
            List<Path> paths = holders.get(key);
            paths.remove(Collections.binarySearch(paths, agent));
            if (paths.isEmpty()) {
                holders.remove(key);
            }
        }
        return keys;
    }

    /** The agents holding the key, in path order: a view, not a copy (every agent of a workspace asks, for every rule). */
    Collection<Path> holders(String key) {
        List<Path> paths = holders.get(key);
        return paths == null ? List.of() : Collections.unmodifiableList(paths);
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
