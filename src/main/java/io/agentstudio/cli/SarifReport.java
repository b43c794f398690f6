package io.agentstudio.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentstudio.logic.validation.ReportedFinding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule of the catalog in {@code tool.driver.rules} (id,
 * descriptions, default level), and one result per problem located by a URI relative to the scanned folder (named by
 * a {@code uriBaseId}, one per PATH) with its line and column (UTF-16 units).
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    /** Written result by result, as {@link JsonReport} is: the whole tree of 60,000 results did not fit in 512 MB. */
    static void print(List<ValidatedRoot> roots, RuleCatalog catalog, String version, PrintWriter out) throws IOException {
        ObjectNode run = JsonReport.JSON.createObjectNode();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Agent Studio");
        driver.put("version", version);
        List<RuleInfo> rules = catalog.all();
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(rule -> rule(ruleNodes.addObject(), rule));
        ObjectNode bases = run.putObject("originalUriBaseIds");
        for (int i = 0; i < roots.size(); i++) {
            bases.putObject(baseId(i)).put("uri", roots.get(i).root().toUri().toString());
        }
        run.put("columnKind", "utf16CodeUnits");
        try (JsonGenerator json = JsonReport.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            for (Map.Entry<String, JsonNode> field : run.properties()) {
                json.writeFieldName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeArrayFieldStart("results");
            for (int i = 0; i < roots.size(); i++) {
                ValidatedRoot root = roots.get(i);
                for (ReportedFinding finding : root.findings()) {
                    ObjectNode result = JsonReport.JSON.createObjectNode();
                    result(result, finding, root, baseId(i), indexOf(rules, finding.ruleId()));
                    json.writeTree(result);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    private static void rule(ObjectNode node, RuleInfo rule) {
        node.put("id", rule.id());
        node.put("name", pascalCase(rule.id()));
        node.putObject("shortDescription").put("text", rule.summary());
        node.putObject("fullDescription").put("text", rule.summary() + " " + rule.rationale());
        String help = rule.rationale() + (rule.hasFix() ? " Quick fix in the studio: " + rule.fix() : "");
        node.putObject("help").put("text", help);
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    }

    private static void result(ObjectNode node, ReportedFinding finding, ValidatedRoot root, String baseId, int ruleIndex) {
        Problem p = finding.problem();
        node.put("ruleId", p.ruleId());
        if (ruleIndex >= 0) {
            node.put("ruleIndex", ruleIndex);
        }
        node.put("level", level(p.severity()));
        node.putObject("message").put("text", p.message());
        ObjectNode location = node.putArray("locations").addObject().putObject("physicalLocation");
        if (root.contains(p.file())) {
            location.putObject("artifactLocation").put("uri", root.relativeUri(p.file())).put("uriBaseId", baseId);
        } else {
            location.putObject("artifactLocation").put("uri", p.file().toUri().toString());
        }
        location.putObject("region").put("startLine", Math.max(p.line(), 1)).put("startColumn", Math.max(p.column(), 1));
        if (!finding.fixes().isEmpty()) {
            ArrayNode fixes = node.putObject("properties").putArray("quickFixes");
            finding.fixes().forEach(fixes::add);
        }
    }

    private static String baseId(int index) {
        return index == 0 ? "ROOT" : "ROOT" + (index + 1);
    }

    private static int indexOf(List<RuleInfo> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
