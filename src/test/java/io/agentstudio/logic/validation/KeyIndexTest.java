package io.agentstudio.logic.validation;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyIndexTest {
    private static final List<String> KEYS = List.of("a", "b", "c");

    /** Paths whose order is not their insertion order; names that differ only past a shared prefix, and nested folders. */
    private static Map<Path, Set<String>> keys() {
        Map<Path, Set<String>> keys = new LinkedHashMap<>();
        String[] names = {"w/.claude/agents/z.md", "w/.claude/agents/a.md", "w/p/.claude/agents/a.md", "w/.claude/agents/a-b.md",
                "w/.claude/agents/A.md", "w/.claude/agents/sub/a.md", "w/.claude/agents/ab.md", "w/.claude/agents/a.md.md"};
        for (int i = 0; i < names.length; i++) {
            keys.put(Path.of(names[i]), i % 3 == 0 ? Set.of("a") : i % 3 == 1 ? Set.of("a", "b") : Set.of());
        }
        return keys;
    }

    private static KeyIndex putOneByOne(Map<Path, Set<String>> keys) {
        KeyIndex index = new KeyIndex();
        keys.forEach(index::put);
        return index;
    }

    private static void assertSameHolders(KeyIndex expected, KeyIndex actual) {
        for (String key : KEYS) {
            assertEquals(List.copyOf(expected.holders(key)), List.copyOf(actual.holders(key)), key);
            assertEquals(expected.holds(key), actual.holds(key), key);
        }
    }

    @Test
    void builtAtOnceHoldsWhatPuttingOneByOneHolds() {
        Map<Path, Set<String>> keys = keys();
        List<Path> inPathOrder = new ArrayList<>(keys.keySet());
        inPathOrder.sort(null);
        KeyIndex built = KeyIndex.of(keys, inPathOrder);
        assertSameHolders(putOneByOne(keys), built);
        List<Path> holders = List.copyOf(built.holders("a"));
        List<Path> sorted = new ArrayList<>(holders);
        sorted.sort(null);
        assertEquals(sorted, holders);
        assertFalse(built.holds("c"));
    }

    @Test
    void changesKeepEachKeysHoldersInPathOrder() {
        Map<Path, Set<String>> keys = keys();
        List<Path> inPathOrder = new ArrayList<>(keys.keySet());
        inPathOrder.sort(null);
        KeyIndex index = KeyIndex.of(keys, inPathOrder);
        Path moved = Path.of("w/.claude/agents/a.md");
        assertEquals(keys.get(moved), index.remove(moved));
        keys.remove(moved);
        assertSameHolders(putOneByOne(keys), index);
        index.put(moved, Set.of("b", "c"));
        keys.put(moved, Set.of("b", "c"));
        assertSameHolders(putOneByOne(keys), index);
        assertTrue(index.holds("c"));
        for (Path path : List.copyOf(keys.keySet())) {
            index.remove(path);
        }
        KEYS.forEach(key -> assertFalse(index.holds(key), key));
    }
}
