package io.agentstudio.logic.export;

import java.util.List;

/**
 * What an export does (or, in a dry run, would do) to one file of the destination.
 *
 * @param path the file relative to the destination, {@code /} separators
 * @param diff for a changed text file, its unified diff; otherwise empty
 */
public record FileChange(String path, Kind kind, List<String> diff) {

    public enum Kind {
        CREATE("create"),
        CHANGE("change"),
        UNCHANGED("unchanged"),
        /** Listed in the previous export's manifest, no longer exported, removed by {@code --clean}. */
        REMOVE("remove"),
        /** Listed in the previous manifest and no longer exported, left in place (no {@code --clean}, or edited since). */
        KEEP("keep");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public FileChange {
        diff = List.copyOf(diff);
    }

    public boolean writes() {
        return kind == Kind.CREATE || kind == Kind.CHANGE || kind == Kind.REMOVE;
    }
}
