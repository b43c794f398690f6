package io.agentstudio.logic.catalog;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mapping of a catalog file, read strictly from SnakeYAML's node tree: a key the reader does not know, or a value
 * of the wrong shape, is an error naming the file and line. Scalars are taken as written (YAML 1.1 would read
 * {@code yes} as a boolean), so a list of names stays a list of names. The studio parses agent files with SnakeYAML
 * anyway; a data binder would add hundreds of classes to every start for five small files.
 */
final class CatalogNode {
    private final String resource;
    private final Map<String, Node> values = new LinkedHashMap<>();

    CatalogNode(String resource, Node node, Set<String> keys) {
        if (!(node instanceof MappingNode mapping)) {
            throw broken(resource, node, "expected a mapping");
        }
        this.resource = resource;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(resource, tuple.getKeyNode());
            if (!keys.contains(key)) {
                throw broken(resource, tuple.getKeyNode(), "unknown key '" + key + "'");
            }
            values.put(key, tuple.getValueNode());
        }
    }

    /** The value as written; null when the key is absent or its value is YAML's null. */
    String string(String key) {
        Node value = values.get(key);
        return value == null || value.getTag().equals(Tag.NULL) ? null : text(resource, value);
    }

    boolean bool(String key) {
        String value = string(key);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw broken(resource, values.get(key), "'" + key + "' must be true or false");
    }

    Integer integer(String key) {
        String value = string(key);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw broken(resource, values.get(key), "'" + key + "' must be a whole number");
        }
    }

    Double number(String key) {
        String value = string(key);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw broken(resource, values.get(key), "'" + key + "' must be a number");
        }
    }

    /** A sequence of scalars; null when the key is absent. */
    List<String> strings(String key) {
        Node value = values.get(key);
        return value == null || value.getTag().equals(Tag.NULL) ? null
                : sequence(key, value).stream().map(item -> text(resource, item)).toList();
    }

    /** A sequence of mappings, each with the given keys; empty when the key is absent. */
    List<CatalogNode> mappings(String key, Set<String> keys) {
        Node value = values.get(key);
        return value == null || value.getTag().equals(Tag.NULL) ? List.of()
                : sequence(key, value).stream().map(item -> new CatalogNode(resource, item, keys)).toList();
    }

    /** A mapping with the given keys; null when the key is absent. */
    CatalogNode mapping(String key, Set<String> keys) {
        Node value = values.get(key);
        return value == null || value.getTag().equals(Tag.NULL) ? null : new CatalogNode(resource, value, keys);
    }

    /** A mapping of scalars to scalars, in the order written; empty when the key is absent. */
    Map<String, String> scalars(String key) {
        Node value = values.get(key);
        Map<String, String> scalars = new LinkedHashMap<>();
        if (value == null || value.getTag().equals(Tag.NULL)) {
            return scalars;
        }
        if (!(value instanceof MappingNode mapping)) {
            throw broken(resource, value, "'" + key + "' must be a mapping");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            scalars.put(text(resource, tuple.getKeyNode()), text(resource, tuple.getValueNode()));
        }
        return scalars;
    }

    private List<Node> sequence(String key, Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            throw broken(resource, value, "'" + key + "' must be a list");
        }
        return sequence.getValue();
    }

    private static String text(String resource, Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw broken(resource, node, "expected a single value");
        }
        return scalar.getValue();
    }

    private static IllegalStateException broken(String resource, Node node, String message) {
        return new IllegalStateException("The built-in catalog " + resource + " is broken at line "
                + (node.getStartMark().getLine() + 1) + ": " + message);
    }
}
