package io.agentstudio.testing;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;

/** A main class that prints what it was started with, for tests of launch scripts. */
public final class PrintsItsStart {
    private PrintsItsStart() {
    }

    public static void main(String[] args) {
        System.out.println("app=" + System.getProperty("app"));
        System.out.println("spaced=" + System.getProperty("spaced"));
        System.out.println("args=" + String.join("|", args));
        System.out.println("collectors=" + ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(",")));
    }
}
