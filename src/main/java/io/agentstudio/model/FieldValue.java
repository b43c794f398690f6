package io.agentstudio.model;

import java.util.List;
import java.util.Objects;

/** A value the studio writes into a frontmatter field. The codec picks the YAML form; see YamlValueWriter. */
public sealed interface FieldValue {

    record Text(String value) implements FieldValue {
        public Text {
            Objects.requireNonNull(value);
        }
    }

    record Int(long value) implements FieldValue {
    }

    record Bool(boolean value) implements FieldValue {
    }

    /**
     * A list of names such as tools. An existing field keeps the form the file uses (comma string, block list or
     * flow list); {@code formForNewField} is used only when the field is added.
     */
    record Items(List<String> items, ListForm formForNewField) implements FieldValue {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** YAML text written as the author typed it (the "other fields" editor and unknown keys on the command line). */
    record Raw(String yaml) implements FieldValue {
        public Raw {
            Objects.requireNonNull(yaml);
        }
    }

    enum ListForm { COMMA_STRING, BLOCK_LIST, FLOW_LIST }
}
