package io.agentstudio.model;

/**
 * A reference to an agent that does not exist in the workspace, where it is written: what a validation rule such
 * as "agent named in a delegation section does not exist" reports.
 *
 * @param name       the referred name as a slug
 * @param kind       what the reference says (a reference in a delegation section is {@link EdgeKind#DELEGATES})
 * @param source     where it is written
 * @param didYouMean the existing agent whose name is closest, or null
 */
public record GhostReference(String name, EdgeKind kind, EdgeSource source, String didYouMean) {
}
