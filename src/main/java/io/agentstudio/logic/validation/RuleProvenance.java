package io.agentstudio.logic.validation;

import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a rule's severity comes from, for the rule reference and the studio's explanation: the tools whose loaders
 * treat it otherwise than the default, and which version of each tool the catalogs were checked against.
 */
public final class RuleProvenance {

    private RuleProvenance() {
    }

    /** The tools whose catalogs give the rule another severity than its default. */
    public static Map<Dialect, Severity> severitiesByTool(RuleInfo rule) {
        Map<Dialect, Severity> byTool = new EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            Catalogs.load().of(dialect).severityOf(rule.id()).filter(s -> s != rule.severity()).ifPresent(s -> byTool.put(dialect, s));
        }
        return byTool;
    }

    /** "Claude Code: warning; Gemini CLI: error", or empty when every tool keeps the default. */
    public static String severitiesText(RuleInfo rule) {
        List<String> parts = new ArrayList<>();
        severitiesByTool(rule).forEach((dialect, severity) -> parts.add(dialect.displayName() + ": " + severity.label()));
        return String.join("; ", parts);
    }

    /** One line per tool: the version and source its catalog reflects, and when it was checked. */
    public static List<String> checkedAgainst() {
        List<String> lines = new ArrayList<>();
        for (Dialect dialect : Dialect.values()) {
            DialectCatalog.Provenance provenance = Catalogs.load().of(dialect).provenance();
            lines.add(provenance.tool() + ": " + provenance.source() + " (checked " + provenance.checked() + ")");
        }
        return lines;
    }

    /** The explanation's closing line: how the tools differ on this rule, and what the facts were checked against. */
    public static String describe(RuleInfo rule) {
        String severities = severitiesText(rule);
        String tools = String.join(", ", Arrays.stream(Dialect.values())
                .map(d -> Catalogs.load().of(d).provenance().tool()).toList());
        return (severities.isEmpty() ? "" : "Per tool: " + severities + ". ")
                + "Checked against " + tools + ".";
    }
}
