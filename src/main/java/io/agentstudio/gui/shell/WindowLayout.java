package io.agentstudio.gui.shell;

/**
 * Which panes the window shows at its size. Below the size where everything the user turned on fits, panes give way
 * in an order that keeps the editor usable: first the preview, then the form moves above the body, then the agent
 * list; a low window collapses the problems pane to the counts in the status bar. Each comes back when the window
 * grows again, and the user's own choices (the View menu, the tab's toggles) are remembered untouched.
 */
public final class WindowLayout {
    /** Below this width the preview leaves the body its room. */
    static final double PREVIEW_WIDTH = 1180;
    /** Below this width the form sits above the body instead of beside it. */
    static final double SIDE_BY_SIDE_WIDTH = 1000;
    /** Below this width the agent list gives its column to the editor. */
    static final double LIST_WIDTH = 860;
    /** Below this height the problems pane collapses to its counts. */
    static final double PROBLEMS_HEIGHT = 620;

    private final FittedPane list;
    private final FittedPane preview;
    private final FittedPane sideBySide;
    private final FittedPane problems;

    WindowLayout(PreferencesViewModel preferences) {
        list = new FittedPane(preferences.listShownProperty());
        preview = new FittedPane(preferences.previewShownProperty());
        sideBySide = new FittedPane(preferences.sideBySideProperty());
        problems = new FittedPane(preferences.problemsShownProperty());
    }

    /** The window's new size in pixels. */
    public void resized(double width, double height) {
        preview.fit(width >= PREVIEW_WIDTH);
        sideBySide.fit(width >= SIDE_BY_SIDE_WIDTH);
        list.fit(width >= LIST_WIDTH);
        problems.fit(height >= PROBLEMS_HEIGHT);
    }

    public FittedPane list() {
        return list;
    }

    public FittedPane preview() {
        return preview;
    }

    /** The form beside the body (shown) or above it. */
    public FittedPane sideBySide() {
        return sideBySide;
    }

    public FittedPane problems() {
        return problems;
    }
}
