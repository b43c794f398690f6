package io.agentstudio.model;

/** Ids of the problems the codec itself reports while splitting a file; the validation catalog reuses them. */
public final class CodecRules {
    public static final String EMPTY_FILE = "file-empty";
    public static final String NO_FRONTMATTER = "frontmatter-missing";
    public static final String UNCLOSED_FRONTMATTER = "frontmatter-unclosed";
    public static final String CLOSING_FENCE = "frontmatter-closing-fence";
    public static final String YAML_SYNTAX = "yaml-syntax";
    public static final String YAML_NOT_MAPPING = "yaml-not-mapping";
    public static final String FRONTMATTER_OVER_LIMIT = "frontmatter-over-limit";
    public static final String BOM = "file-bom";
    public static final String INVALID_UTF8 = "file-invalid-utf8";

    private CodecRules() {
    }

    /** True for the problems that leave the frontmatter's fields unread (so they can be neither checked nor edited). */
    public static boolean leavesFieldsUnread(String ruleId) {
        return ruleId.equals(YAML_SYNTAX) || ruleId.equals(YAML_NOT_MAPPING) || ruleId.equals(FRONTMATTER_OVER_LIMIT);
    }
}
