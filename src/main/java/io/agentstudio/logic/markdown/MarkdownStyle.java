package io.agentstudio.logic.markdown;

/** What a stretch of Markdown source is, named by the CSS class the editor gives it. */
public enum MarkdownStyle {
    HEADING("md-heading"),
    HEADING_MARKER("md-heading-marker"),
    EMPHASIS("md-emphasis"),
    STRONG("md-strong"),
    CODE("md-code"),
    FENCE("md-fence"),
    CODE_BLOCK("md-code-block"),
    LIST_MARKER("md-list-marker"),
    LINK_TEXT("md-link-text"),
    URL("md-url"),
    QUOTE("md-quote"),
    RULE("md-rule");

    private final String cssClass;

    MarkdownStyle(String cssClass) {
        this.cssClass = cssClass;
    }

    public String cssClass() {
        return cssClass;
    }
}
