package io.agentstudio.model;

/** How a frontmatter value is written in the file, so an edit can keep the form the author chose. */
public enum ValueStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL_BLOCK, FOLDED_BLOCK, BLOCK_LIST, FLOW_LIST, BLOCK_MAP, FLOW_MAP, EMPTY;

    public boolean isList() {
        return this == BLOCK_LIST || this == FLOW_LIST;
    }
}
