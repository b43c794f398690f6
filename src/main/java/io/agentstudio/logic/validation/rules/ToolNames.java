package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldType;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Reading tool lists against a dialect's catalog: which entries name a real tool, and edits of one entry. */
final class ToolNames {
    private ToolNames() {
    }

    /** The tool-list fields of the file that hold a list (a map or a number is a type problem, reported elsewhere). */
    static List<FrontmatterField> listFields(FileCheck file) {
        List<FrontmatterField> fields = new ArrayList<>();
        if (!file.fieldsReadable()) {
            return fields;
        }
        for (FieldSpec spec : file.catalog().fields()) {
            if (spec.type() == FieldType.NAME_LIST) {
                file.field(spec.name()).filter(f -> isList(f.value())).ifPresent(fields::add);
            }
        }
        return fields;
    }

    static boolean isList(Object value) {
        if (value instanceof String) {
            return true;
        }
        return value instanceof Collection<?> items && items.stream().noneMatch(i -> i instanceof Collection<?> || i instanceof Map<?, ?>);
    }

    static List<String> entries(FrontmatterField field) {
        return NameList.from(field.value());
    }

    /** The tool an entry names: {@code Agent(a, b)} names {@code Agent}. */
    static String base(String entry) {
        int paren = entry.indexOf('(');
        return (paren < 0 ? entry : entry.substring(0, paren)).strip();
    }

    static boolean isKnown(String entry, DialectCatalog catalog) {
        return catalog.knowsTool(base(entry)) || catalog.knowsTool(entry);
    }

    static String key(String entry, DialectCatalog catalog) {
        String base = base(entry);
        return catalog.toolNamesIgnoreCase() ? base.toLowerCase(Locale.ROOT) : base;
    }

    /** An edit of one list field: the function gets the entries now in the file and returns the new ones. */
    static UnaryOperator<AgentDocument> editList(String key, FieldValue.ListForm formForNew, UnaryOperator<List<String>> change) {
        return document -> {
            List<String> now = document.value(key).filter(ToolNames::isList).map(NameList::from)
                    .orElseThrow(() -> new EditRefusedException("`" + key + "` is no longer a list."));
            List<String> changed = change.apply(new ArrayList<>(now));
            if (changed.equals(now)) {
                throw new EditRefusedException("`" + key + "` no longer has that entry.");
            }
            return FrontmatterEditor.set(document, key, new FieldValue.Items(changed, formForNew));
        };
    }

    static FieldValue.ListForm formOf(DialectCatalog catalog, String key) {
        return catalog.field(key).map(FieldSpec::listForm).orElse(FieldValue.ListForm.COMMA_STRING);
    }
}
