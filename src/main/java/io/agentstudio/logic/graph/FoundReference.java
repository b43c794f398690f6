package io.agentstudio.logic.graph;

import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.NameForm;

/**
 * A reference found in one file, before it is tied to an agent of the workspace.
 *
 * @param key       the name key it refers to
 * @param written   the name as written
 * @param nameStart offset of the written name in the file's text
 * @param nameEnd   offset just past it
 * @param form      how it is written
 * @param kind      delegates, mentions or spawns
 * @param reverse   true when the text says the named agent hands work to this file's agent
 * @param item      the block it sits in
 * @param section   the delegation section's title, or empty
 */
record FoundReference(String key, String written, int nameStart, int nameEnd, NameForm form, EdgeKind kind,
                      boolean reverse, ReferenceItem item, String section) {
}
