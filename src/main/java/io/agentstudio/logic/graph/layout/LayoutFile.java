package io.agentstudio.logic.graph.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentstudio.logic.workspace.StudioStateDirectory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the user left each node of the graph canvas: {@code <workspace>/.agent-studio/layout.json}, never an agent
 * file. Keys are node ids (an agent's workspace-relative path, or {@code ghost:} and a name), sorted so that the file
 * changes little under version control:
 *
 * <pre>{"version": 1, "nodes": {".claude/agents/planner.md": {"x": 40.0, "y": 112.5}}}</pre>
 *
 * A file that cannot be read is reported and otherwise ignored: the graph is then laid out afresh.
 */
public final class LayoutFile {
    public static final String NAME = "layout.json";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What was read.
     *
     * @param positions the saved places, by node id; empty when there is no file or it could not be read
     * @param problem   why the file was ignored, in one line; empty when it was fine or absent
     */
    public record Read(Map<String, Point> positions, String problem) {
        public Read {
            positions = Map.copyOf(positions);
        }
    }

    private LayoutFile() {
    }

    public static Read read(StudioStateDirectory state) {
        Optional<byte[]> bytes;
        try {
            bytes = state.read(NAME);
        } catch (IOException e) {
            return ignored("it could not be read (" + e.getMessage() + ")");
        }
        if (bytes.isEmpty()) {
            return new Read(Map.of(), "");
        }
        try {
            JsonNode root = JSON.readTree(bytes.get());
            JsonNode nodes = root == null ? null : root.get("nodes");
            if (nodes == null || !nodes.isObject()) {
                return ignored("it has no \"nodes\" object");
            }
            Map<String, Point> positions = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : nodes.properties()) {
                JsonNode x = entry.getValue().get("x");
                JsonNode y = entry.getValue().get("y");
                if (!isNumber(x) || !isNumber(y)) {
                    return ignored("the place of " + entry.getKey() + " is not two numbers x and y");
                }
                positions.put(entry.getKey(), new Point(x.asDouble(), y.asDouble()));
            }
            return new Read(positions, "");
        } catch (JsonProcessingException e) {
            return ignored("it is not valid JSON (line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            return ignored("it could not be read (" + e.getMessage() + ")");
        }
    }

    /** Writes the places atomically, creating the state folder when needed. */
    public static void write(StudioStateDirectory state, Map<String, Point> positions) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode nodes = root.putObject("nodes");
        new TreeMap<>(positions).forEach((id, at) -> nodes.putObject(id).put("x", round(at.x())).put("y", round(at.y())));
        state.write(NAME, (JSON.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean isNumber(JsonNode value) {
        return value != null && value.isNumber() && Double.isFinite(value.asDouble());
    }

    /** Tenths of a pixel are plenty, and keep the file short and stable. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Read ignored(String why) {
        return new Read(Map.of(), ".agent-studio/" + NAME + " was ignored: " + why + "; the graph is laid out afresh.");
    }
}
