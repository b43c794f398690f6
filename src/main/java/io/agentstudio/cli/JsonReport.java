package io.agentstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentstudio.logic.validation.ReportedFinding;
import io.agentstudio.model.Problem;

import java.io.PrintWriter;
import java.util.List;

/** A JSON array with one object per problem, every field of it included (null where a problem has none). */
final class JsonReport {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static void print(List<ValidatedRoot> roots, PrintWriter out) throws java.io.IOException {
        ArrayNode problems = JSON.createArrayNode();
        for (ValidatedRoot root : roots) {
            for (ReportedFinding finding : root.findings()) {
                Problem p = finding.problem();
                ObjectNode node = problems.addObject();
                node.put("path", root.display(p.file()));
                node.put("line", p.line());
                node.put("column", p.column());
                node.put("severity", p.severity().label());
                node.put("ruleId", p.ruleId());
                node.put("message", p.message());
                node.put("field", p.field());
                ArrayNode fixes = node.putArray("fixes");
                finding.fixes().forEach(fixes::add);
            }
        }
        out.println(JSON.writeValueAsString(problems));
    }
}
