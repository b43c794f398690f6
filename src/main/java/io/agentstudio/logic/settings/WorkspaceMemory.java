package io.agentstudio.logic.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the studio remembers about workspaces, in the settings store and never in a workspace's agent files: the
 * recently opened folders (File > Open Recent), each workspace's open tabs and whether it shows the user's agents.
 */
public final class WorkspaceMemory {
    public static final int RECENT_LIMIT = 8;
    static final String RECENT = "workspace.recent.";
    static final String TABS = "tabs.";
    static final String SELECTED_TAB = "tabs.selected.";
    static final String USER_AGENTS = "user-agents.";
    /** Agent file paths never hold a line break, so one separates them in a single settings value. */
    private static final String SEPARATOR = "\n";

    private final SettingsStore settings;

    public WorkspaceMemory(SettingsStore settings) {
        this.settings = settings;
    }

    /** The recently opened workspaces, newest first; folders that no longer exist are left out. */
    public List<Path> recent() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            settings.get(RECENT + i).flatMap(WorkspaceMemory::path).filter(Files::isDirectory).ifPresent(recent::add);
        }
        return recent;
    }

    /** Puts {@code root} first in the recent list, which keeps the newest {@link #RECENT_LIMIT} existing folders. */
    public void addRecent(Path root) throws IOException {
        LinkedHashSet<Path> recent = new LinkedHashSet<>();
        recent.add(root.toAbsolutePath().normalize());
        recent.addAll(recent());
        List<Path> kept = recent.stream().limit(RECENT_LIMIT).toList();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            values.put(RECENT + i, i < kept.size() ? kept.get(i).toString() : null);
        }
        settings.put(values);
    }

    /** The tabs {@code root} had open when it was last left; none when nothing was remembered. */
    public OpenTabs openTabs(Path root) {
        String key = key(root);
        List<Path> files = settings.get(TABS + key).stream().flatMap(value -> value.lines())
                .filter(line -> !line.isBlank()).map(WorkspaceMemory::path).flatMap(Optional::stream).toList();
        Path selected = settings.get(SELECTED_TAB + key).flatMap(WorkspaceMemory::path).orElse(null);
        return new OpenTabs(files, selected);
    }

    public void rememberOpenTabs(Path root, OpenTabs tabs) throws IOException {
        String key = key(root);
        Map<String, String> values = new HashMap<>();
        values.put(TABS + key, tabs.files().isEmpty() ? null : String.join(SEPARATOR, tabs.files().stream().map(Path::toString).toList()));
        values.put(SELECTED_TAB + key, tabs.selected() == null ? null : tabs.selected().toString());
        settings.put(values);
    }

    /** Whether the user asked to see their own agents (~/.claude/agents, ...) beside this workspace's; off until asked. */
    public boolean includesUserAgents(Path root) {
        return settings.get(USER_AGENTS + key(root)).map(Boolean::parseBoolean).orElse(false);
    }

    public void rememberUserAgents(Path root, boolean included) throws IOException {
        settings.put(Map.of(USER_AGENTS + key(root), Boolean.toString(included)));
    }

    private static String key(Path root) {
        return root.toAbsolutePath().normalize().toString();
    }

    /** A hand-edited settings file may hold a path this system cannot read; it is skipped like a missing one. */
    private static Optional<Path> path(String value) {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
