package io.agentstudio.logic.graph;

/** The kind of block a reference sits in; it decides whether the editor can remove it by itself. */
enum ItemKind {
    LIST_ITEM, TABLE_ROW, PARAGRAPH, HEADING, FIELD
}
