package io.agentstudio.model;

/**
 * What kind of value a frontmatter field holds; decides the form control, the parsing of typed input and checks.
 * {@code NAME_LIST} is a list of tool names (checked against the dialect's tools); {@code STRING_LIST} any names.
 */
public enum FieldType {
    STRING, TEXT, NAME_LIST, STRING_LIST, ENUM, MODEL, INTEGER, NUMBER, BOOLEAN, STRUCTURED
}
