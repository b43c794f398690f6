package io.agentstudio.model;

import java.util.List;

/**
 * One field of a dialect's catalog.
 *
 * @param values   the allowed values of an enum, or the aliases of a model field
 * @param listForm how a new list is written (tools as a comma string, skills as a flow list, ...)
 */
public record FieldSpec(String name, FieldType type, boolean required, List<String> values, FieldValue.ListForm listForm, String help) {

    public FieldSpec {
        values = values == null ? List.of() : List.copyOf(values);
        listForm = listForm == null ? FieldValue.ListForm.BLOCK_LIST : listForm;
        help = help == null ? "" : help;
    }
}
