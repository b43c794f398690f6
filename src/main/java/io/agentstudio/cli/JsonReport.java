package io.agentstudio.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentstudio.logic.validation.ReportedFinding;
import io.agentstudio.model.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** A JSON array with one object per problem, every field of it included (null where a problem has none). */
final class JsonReport {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** Written problem by problem: a validation of 20,000 agents has 60,000, too many to hold as one tree. */
    static void print(List<ValidatedRoot> roots, PrintWriter out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartArray();
            for (ValidatedRoot root : roots) {
                for (ReportedFinding finding : root.findings()) {
                    json.writeTree(problem(root, finding));
                }
            }
            json.writeEndArray();
        }
        out.println();
    }

    /** A generator with the mapper's indentation that leaves {@code out} open: the summary and the caller follow. */
    static JsonGenerator generator(PrintWriter out) throws IOException {
        return JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private static ObjectNode problem(ValidatedRoot root, ReportedFinding finding) {
        Problem p = finding.problem();
        ObjectNode node = JSON.createObjectNode();
        node.put("path", root.display(p.file()));
        node.put("line", p.line());
        node.put("column", p.column());
        node.put("severity", p.severity().label());
        node.put("ruleId", p.ruleId());
        node.put("message", p.message());
        node.put("field", p.field());
        ArrayNode fixes = node.putArray("fixes");
        finding.fixes().forEach(fixes::add);
        return node;
    }
}
