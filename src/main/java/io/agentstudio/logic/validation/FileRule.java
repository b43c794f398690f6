package io.agentstudio.logic.validation;

import java.util.List;

/**
 * Checks one agent file on its own. Implementations are stateless and thread-safe: the engine runs them on many
 * files at once.
 */
public interface FileRule {

    /** The rules this class reports; it reports no other ids. */
    List<RuleInfo> rules();

    void check(FileCheck file);
}
