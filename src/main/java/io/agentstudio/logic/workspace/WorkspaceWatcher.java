package io.agentstudio.logic.workspace;

import io.agentstudio.logic.workspace.ClaudeSettingsLocation;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a workspace's folders for agent files that another program creates, changes or deletes, on a thread of
 * its own. Events are collected until the disk has been quiet for the debounce time (an editor's save is often a
 * burst of create, write and rename), then the changed {@code .md} files are reported at once, with any file changed
 * directly in the studio's {@code .agent-studio} folder (such as its rules file) and any Claude Code settings file.
 */
public final class WorkspaceWatcher implements AutoCloseable {
    private final Path root;
    private final Path stateFolder;
    private final WatchService service;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChanges;
    private final Thread thread;

    private WorkspaceWatcher(Path root, Duration debounce, Consumer<Set<Path>> onChanges) throws IOException {
        this.root = root;
        this.stateFolder = new StudioStateDirectory(root).path();
        this.service = FileSystems.getDefault().newWatchService();
        this.debounce = debounce;
        this.onChanges = onChanges;
        registerTree(root);
        this.thread = new Thread(this::run, "workspace-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching; {@code onChanges} runs on the watcher's thread with absolute paths of changed agent files and
     * of changed files in the studio's folder.
     */
    public static WorkspaceWatcher start(Path root, Duration debounce, Consumer<Set<Path>> onChanges) throws IOException {
        WorkspaceWatcher watcher = new WorkspaceWatcher(root.toAbsolutePath().normalize(), debounce, onChanges);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        Set<Path> pending = new LinkedHashSet<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = pending.isEmpty() ? service.take() : service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    onChanges.accept(Set.copyOf(pending));
                    pending.clear();
                    continue;
                }
                collect(key, pending);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> pending) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                registerQuietly(changed);
                addAgentFilesUnder(changed, pending);
            } else if (isReported(changed)) {
                pending.add(changed);
            }
        }
        key.reset();
    }

    /**
     * Agent files, the files of the studio's own folder (whose rules file changes what is reported as a problem), and
     * Claude Code's settings files, which turn agents off.
     */
    private boolean isReported(Path file) {
        return WorkspaceScanner.isCandidate(file) || stateFolder.equals(file.getParent()) || ClaudeSettingsLocation.isSettingsFile(file);
    }

    /** A folder that appears (a checkout, a copied agents folder) may already hold files. */
    private void addAgentFilesUnder(Path folder, Set<Path> pending) {
        try (var files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).filter(this::isReported).forEach(pending::add);
        } catch (IOException e) {
            // The folder went away again or cannot be read; whatever is readable of it arrives with its own events.
        }
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            // An unreadable new folder holds nothing the studio could load either.
        }
    }

    private void registerTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(stateFolder)) {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!dir.equals(root) && !WorkspaceScanner.isScannedFolder(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
