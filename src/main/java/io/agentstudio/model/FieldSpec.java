package io.agentstudio.model;

import java.util.List;

/**
 * One field of a dialect's catalog.
 *
 * @param values       the allowed values of an enum, or the aliases of a model field (offered in forms)
 * @param listForm     how a new list is written (tools as a comma string, skills as a flow list, ...)
 * @param alsoAccepted values the tool still accepts but forms do not offer (old names such as {@code manual})
 * @param pattern      a regular expression a value must match when it is not one of {@code values} (full model
 *                     ids, hex colours), or null
 * @param min          the smallest number allowed, or null
 * @param max          the largest number allowed, or null
 * @param badValue     what the tool does with a value outside {@code values} and {@code pattern}: ERROR when it
 *                     refuses the agent, WARNING when it ignores the value; null means "not checked"
 * @param wrongKeys    keys people write by mistake for this field ({@code desc}, {@code allowed-tools})
 */
public record FieldSpec(String name, FieldType type, boolean required, List<String> values, FieldValue.ListForm listForm,
                        String help, List<String> alsoAccepted, String pattern, Double min, Double max, Severity badValue,
                        List<String> wrongKeys) {

    public FieldSpec {
        values = values == null ? List.of() : List.copyOf(values);
        listForm = listForm == null ? FieldValue.ListForm.BLOCK_LIST : listForm;
        help = help == null ? "" : help;
        alsoAccepted = alsoAccepted == null ? List.of() : List.copyOf(alsoAccepted);
        wrongKeys = wrongKeys == null ? List.of() : List.copyOf(wrongKeys);
    }

    /** A field without value constraints (enums and list forms only). */
    public FieldSpec(String name, FieldType type, boolean required, List<String> values, FieldValue.ListForm listForm, String help) {
        this(name, type, required, values, listForm, help, null, null, null, null, null, null);
    }

    /** True when a value outside {@code values}, {@code alsoAccepted} and {@code pattern} is reported. */
    public boolean checksValues() {
        return badValue != null;
    }
}
