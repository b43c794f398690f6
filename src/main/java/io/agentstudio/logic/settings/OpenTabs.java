package io.agentstudio.logic.settings;

import java.nio.file.Path;
import java.util.List;

/**
 * The tabs a workspace had open, to open them again next time.
 *
 * @param files    relative to the workspace root, in tab order
 * @param selected the file of the selected tab, or null
 */
public record OpenTabs(List<Path> files, Path selected) {
    public static final OpenTabs NONE = new OpenTabs(List.of(), null);

    public OpenTabs {
        files = List.copyOf(files);
    }
}
