package io.agentstudio;

import io.agentstudio.cli.Cli;

/**
 * The build's training run of the jar's class-data archive (ADR 17, {@code packaging/Package.java}). JDK 17 makes a
 * dynamic archive from one JVM run, and that run opens the studio; with the system property {@value #PROPERTY} set to a
 * folder it first validates the folder as {@code validate --cache} does, so that the archive holds the command line's
 * classes too. {@code java -jar agent-studio.jar validate} runs in a second JVM that uses the archive
 * ({@link ShortRunJvm}); trained on the studio alone, that JVM loaded and verified about 220 classes from the jars on
 * every run besides picocli's 173, which JDK 17 keeps out of a dynamic archive (their class files are Java 5's).
 */
final class ArchiveTraining {
    static final String PROPERTY = "agentstudio.archiveTraining";

    private ArchiveTraining() {
    }

    /** Validates the folder the property names, if any; its findings go to the training's log, not to a user. */
    static void validateFirst() {
        String folder = System.getProperty(PROPERTY);
        if (folder != null && !folder.isBlank()) {
            Cli.runCommand(new String[] {"validate", "--cache", folder});
        }
    }
}
