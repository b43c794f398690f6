package io.agentstudio.model;

import java.util.List;
import java.util.Optional;

/** The fields and tool names one dialect knows, in the order its documentation lists them. */
public record DialectCatalog(Dialect dialect, List<FieldSpec> fields, List<String> tools) {

    public DialectCatalog {
        fields = List.copyOf(fields);
        tools = List.copyOf(tools);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean knows(String name) {
        return field(name).isPresent();
    }
}
