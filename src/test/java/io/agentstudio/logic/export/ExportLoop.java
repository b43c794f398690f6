package io.agentstudio.logic.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The child process of {@link ExportKillTest}: turns the workspace into version B, exports it with --clean, turns it
 * into version A, exports it, and so on until the parent kills it. Prints {@code ready} after a dry run has loaded
 * everything an export needs, so the parent's random delay lands in exports rather than in the JVM's start.
 */
public final class ExportLoop {
    private ExportLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path workspace = Path.of(args[0]);
        Path destination = Path.of(args[1]);
        int agents = Integer.parseInt(args[2]);
        ExportService service = ExportFixture.service();
        service.run(ExportVersions.request(workspace, destination).asDryRun(), ExportProgress.NONE);
        System.out.println("ready");
        System.out.flush();
        for (long round = 0; ; round++) {
            ExportVersions.write(workspace, round % 2 == 0 ? 'B' : 'A', agents);
            service.run(ExportVersions.request(workspace, destination), ExportProgress.NONE);
        }
    }
}
