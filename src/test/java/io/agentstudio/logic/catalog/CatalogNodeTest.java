package io.agentstudio.logic.catalog;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.StringReader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogNodeTest {
    private static final Set<String> KEYS = Set.of("name", "required", "min", "values", "fields");

    private static CatalogNode read(String yaml) {
        return new CatalogNode("/test.yaml", new Yaml(new LoaderOptions()).compose(new StringReader(yaml)), KEYS);
    }

    @Test
    void readsValuesAsWrittenWithTheirTypes() {
        CatalogNode node = read("name: maxTurns\nrequired: true\nmin: 1.5\nvalues: [yes, no, 'on']\n");

        assertThat(node.string("name")).isEqualTo("maxTurns");
        assertThat(node.bool("required")).isTrue();
        assertThat(node.number("min")).isEqualTo(1.5);
        assertThat(node.strings("values")).containsExactly("yes", "no", "on");
    }

    @Test
    void absentAndNullValuesReadAsNothing() {
        CatalogNode node = read("name: ~\nvalues:\n");

        assertThat(node.string("name")).isNull();
        assertThat(node.strings("values")).isNull();
        assertThat(node.bool("required")).isFalse();
        assertThat(node.integer("min")).isNull();
        assertThat(node.mappings("fields", KEYS)).isEmpty();
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> read("name: a\nnmae: b\n")).isInstanceOf(IllegalStateException.class)
                .hasMessage("The built-in catalog /test.yaml is broken at line 2: unknown key 'nmae'");
    }

    @Test
    void aValueOfTheWrongShapeIsAnError() {
        assertThatThrownBy(() -> read("required: maybe\n").bool("required")).hasMessageContaining("line 1: 'required' must be true or false");
        assertThatThrownBy(() -> read("min: one\n").number("min")).hasMessageContaining("'min' must be a number");
        assertThatThrownBy(() -> read("values: a\n").strings("values")).hasMessageContaining("'values' must be a list");
        assertThatThrownBy(() -> read("fields: [{nme: x}]\n").mappings("fields", KEYS)).hasMessageContaining("unknown key 'nme'");
        assertThatThrownBy(() -> read("- a\n")).hasMessageContaining("expected a mapping");
    }
}
