package io.agentstudio.bench;

import java.util.HashMap;
import java.util.Map;

/** The line {@code app.StartupProbe} prints: {@code agent-studio-startup window=studio first-frame-ms=... ready-ms=... cpu-ms=... ui-cpu-ms=... first-frame-at=...}. */
record StartupLine(String window, long firstFrameMs, long readyMs, long cpuMs, long uiCpuMs, long firstFrameAt) {
    static final String PREFIX = "agent-studio-startup ";

    static StartupLine parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a start-up line: " + line);
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split("\\s+")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return new StartupLine(values.get("window"), Long.parseLong(values.get("first-frame-ms")),
                Long.parseLong(values.get("ready-ms")), Long.parseLong(values.get("cpu-ms")),
                Long.parseLong(values.get("ui-cpu-ms")), Long.parseLong(values.get("first-frame-at")));
    }
}
