package io.agentstudio.logic.agentfile;

import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldValue;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a value typed by a person (on the command line or in a plain text box) as the field's type: lists are
 * comma-separated, numbers whole, switches true/false; a key the catalog does not know takes a YAML scalar.
 */
public final class FieldInput {
    /** A decimal that YAML 1.1 and 1.2 both read as a number (they disagree on exponents and on {@code 1.}). */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private FieldInput() {
    }

    /** @throws IllegalArgumentException with a message that says what the field takes */
    public static FieldValue read(String key, FieldSpec spec, String input) {
        if (spec == null) {
            return scalar(input);
        }
        return switch (spec.type()) {
            case NAME_LIST, STRING_LIST -> new FieldValue.Items(NameList.splitCommas(input), spec.listForm());
            case INTEGER -> new FieldValue.Int(wholeNumber(key, input));
            case NUMBER -> new FieldValue.Raw(number(key, input));
            case BOOLEAN -> new FieldValue.Bool(bool(key, input));
            case STRUCTURED -> new FieldValue.Raw(input);
            default -> new FieldValue.Text(input);
        };
    }

    private static long wholeNumber(String key, String input) {
        try {
            return Long.parseLong(input.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " takes a whole number, not '" + input + "'");
        }
    }

    /** The number as typed (so {@code 0.70} stays {@code 0.70}), once it is known to be one. */
    private static String number(String key, String input) {
        String value = input.strip();
        if (!DECIMAL.matcher(value).matches()) {
            throw new IllegalArgumentException(key + " takes a number, not '" + input + "'");
        }
        return value;
    }

    private static boolean bool(String key, String input) {
        String value = input.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(key + " takes true or false, not '" + input + "'");
    }

    /** A YAML scalar keeps its YAML meaning (3 is a number); text that YAML would read as a list or map is a string. */
    private static FieldValue scalar(String input) {
        Object value;
        try {
            value = YamlFieldReader.load(input);
        } catch (YAMLException notYaml) {
            return new FieldValue.Text(input);
        }
        boolean scalar = value != null && !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>);
        return scalar && !YamlScalars.hasLineBreak(input) ? new FieldValue.Raw(input) : new FieldValue.Text(input);
    }
}
