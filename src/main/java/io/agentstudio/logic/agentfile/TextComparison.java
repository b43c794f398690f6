package io.agentstudio.logic.agentfile;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.util.List;

/** A line diff of two versions of a file, for the user to compare before choosing one. */
public final class TextComparison {
    private static final int CONTEXT_LINES = 3;

    private TextComparison() {
    }

    /**
     * The unified diff from {@code original} to {@code revised}: header lines, {@code @@} hunk lines, and lines
     * starting with a space (same), {@code -} (only in the original) or {@code +} (only in the revision). Empty when
     * the texts are equal.
     */
    public static List<String> unified(String originalName, String original, String revisedName, String revised) {
        List<String> a = original.lines().toList();
        List<String> b = revised.lines().toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return List.of();
        }
        return UnifiedDiffUtils.generateUnifiedDiff(originalName, revisedName, a, patch, CONTEXT_LINES);
    }
}
