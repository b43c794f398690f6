package io.agentstudio.model;

/** What kind of value a frontmatter field holds; decides the form control, the parsing of typed input and checks. */
public enum FieldType {
    STRING, TEXT, NAME_LIST, STRING_LIST, ENUM, MODEL, INTEGER, BOOLEAN, STRUCTURED
}
