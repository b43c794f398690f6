package io.agentstudio.logic.export;

import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FrontmatterField;

import java.util.Optional;

/** The reasons a translation gives for the fields it cannot carry over. */
final class TargetFields {
    private static final DialectCatalog CLAUDE = Catalogs.load().of(Dialect.CLAUDE_CODE);

    private TargetFields() {
    }

    /** Reports every field not handled yet as dropped: a Claude Code field the target lacks, or a key no one reads. */
    static void dropTheRest(AgentDocument source, FieldReport report, String target) {
        for (FrontmatterField field : source.fields()) {
            if (!report.isHandled(field.key())) {
                report.dropped(field.key(), report.whyDropped(field.key()).orElse(CLAUDE.knows(field.key())
                        ? target + " has no field for it"
                        : "not a Claude Code field, and " + target + " does not read it either"));
            }
        }
    }

    /**
     * A field's value when it is a whole number above 0 ({@code maxTurns: 0}, {@code 2.5} or {@code "10"} are not, and
     * Gemini CLI refuses an agent whose {@code max_turns} is not a positive integer).
     */
    static Optional<Long> positiveWholeNumber(AgentDocument source, String key) {
        return source.value(key).filter(v -> v instanceof Integer || v instanceof Long)
                .map(v -> ((Number) v).longValue()).filter(n -> n > 0 && n <= Integer.MAX_VALUE);
    }

    static boolean isClaudeField(String key) {
        return CLAUDE.knows(key);
    }
}
