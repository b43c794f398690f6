package io.agentstudio.logic.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on the calling thread and the common pool's, handing the items out one at a time, so that the threads
 * run out of work together. A parallel stream cuts a list into four pieces per pool thread up front; on two cores that
 * is four pieces of 1,250 files for 5,000 agents, and as the first files run slower (nothing compiled yet) and files
 * differ in size, one thread went on alone with the last piece for a fifth of a validation's time.
 */
public final class ParallelMap {
    private ParallelMap() {
    }

    /**
     * {@code function} of every item, in the items' order. An exception thrown by {@code function} stops the handing
     * out of items and is thrown here once every thread has stopped.
     */
    public static <A, B> List<B> of(List<A> items, Function<? super A, ? extends B> function) {
        int size = items.size();
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), size - 1);
        Object[] results = new Object[size];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                    results[i] = function.apply(items.get(i));
                }
            } catch (RuntimeException | Error e) {
                next.set(size); // the others take no new item
                throw e;
            }
        };
        List<ForkJoinTask<?>> tasks = new ArrayList<>(Math.max(helpers, 0));
        for (int i = 0; i < helpers; i++) {
            tasks.add(ForkJoinPool.commonPool().submit(work));
        }
        Throwable failure = null;
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (ForkJoinTask<?> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        @SuppressWarnings("unchecked")
        List<B> mapped = (List<B>) Arrays.asList(results);
        return Collections.unmodifiableList(mapped);
    }
}
