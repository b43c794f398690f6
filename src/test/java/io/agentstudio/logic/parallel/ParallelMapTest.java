package io.agentstudio.logic.parallel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every item mapped once, results in the items' order, a failure thrown to the caller. */
class ParallelMapTest {
    @Test
    void mapsEveryItemOnceAndKeepsTheOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();

        List<String> mapped = ParallelMap.of(items, i -> {
            calls.incrementAndGet();
            seen.add(i);
            return "#" + i;
        });

        assertThat(calls).hasValue(5_000);
        assertThat(seen).hasSize(5_000);
        assertThat(mapped).containsExactlyElementsOf(items.stream().map(i -> "#" + i).toList());
        assertThat(ParallelMap.of(List.of(), i -> i)).isEmpty();
        assertThat(ParallelMap.of(List.of("one"), String::length)).containsExactly(3);
    }

    @Test
    void aFailureStopsTheWorkAndReachesTheCaller() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> ParallelMap.of(items, i -> {
            calls.incrementAndGet();
            if (i == 100) {
                throw new IllegalStateException("item 100");
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("item 100");
        assertThat(calls.get()).as("no item handed out after the failure but those already taken").isLessThan(10_000);
    }
}
