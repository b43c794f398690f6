package io.agentstudio.gui.form;

/** A frontmatter key the catalog does not know, with its value's YAML as written. */
public record OtherField(String key, String yaml) {
}
