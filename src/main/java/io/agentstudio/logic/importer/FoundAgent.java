package io.agentstudio.logic.importer;

import java.nio.file.Path;

/**
 * An agent file of another tool, as found for an import.
 *
 * @param file     the file
 * @param relative its path relative to the folder given, with {@code /} separators, as the report shows it
 * @param id       the agent's id in its tool by the file's place: OpenCode's path-based id ({@code team/reviewer}),
 *                 else the file name without its ending
 */
record FoundAgent(Path file, String relative, String id) {
}
