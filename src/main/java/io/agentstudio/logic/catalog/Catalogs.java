package io.agentstudio.logic.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.agentstudio.model.AgentIdentity;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldType;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the per-dialect catalogs from {@code /io/agentstudio/catalog/<dialect>.yaml}: the fields each tool reads,
 * their types and allowed values, the tool names, and what identifies an agent. Every dialect has a file; a missing
 * or malformed one is a build error, reported at the first load.
 */
public final class Catalogs {
    private static final Catalogs BUILT_IN = read();

    private final Map<Dialect, DialectCatalog> byDialect;

    private Catalogs(Map<Dialect, DialectCatalog> byDialect) {
        this.byDialect = byDialect;
    }

    /** The catalogs shipped with the studio (read once; they are immutable). */
    public static Catalogs load() {
        return BUILT_IN;
    }

    public DialectCatalog of(Dialect dialect) {
        return byDialect.get(dialect);
    }

    private static Catalogs read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Map<Dialect, DialectCatalog> byDialect = new EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            byDialect.put(dialect, read(yaml, dialect));
        }
        return new Catalogs(byDialect);
    }

    private static DialectCatalog read(ObjectMapper yaml, Dialect dialect) {
        String resource = "/io/agentstudio/catalog/" + dialect.id() + ".yaml";
        try (InputStream in = Catalogs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The built-in catalog " + resource + " is missing");
            }
            CatalogFile file = yaml.readValue(in, CatalogFile.class);
            if (!dialect.id().equals(file.dialect())) {
                throw new IllegalStateException(resource + " says it is for '" + file.dialect() + "'");
            }
            List<FieldSpec> fields = file.fields().stream().map(Catalogs::toSpec).toList();
            return new DialectCatalog(dialect, fields, file.tools() == null ? List.of() : file.tools(), file.toolPatterns(),
                    file.toolNamesIgnoreCase(), file.toolsMustResolve(),
                    file.identity() == null ? AgentIdentity.NAME : AgentIdentity.valueOf(constant(file.identity())),
                    file.namePattern(), file.bodyLimit());
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in catalog " + resource + " is broken", e);
        }
    }

    private static FieldSpec toSpec(FieldEntry entry) {
        return new FieldSpec(entry.name(), FieldType.valueOf(constant(entry.type())), entry.required(), entry.values(),
                entry.listForm() == null ? null : FieldValue.ListForm.valueOf(constant(entry.listForm())), entry.help(),
                entry.alsoAccepted(), entry.pattern(), entry.min(), entry.max(),
                entry.badValue() == null ? null : Severity.valueOf(constant(entry.badValue())), entry.wrongKeys());
    }

    private static String constant(String kebab) {
        return kebab.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private record CatalogFile(String dialect, String identity, String namePattern, int bodyLimit, List<FieldEntry> fields,
                               List<String> tools, List<String> toolPatterns, boolean toolNamesIgnoreCase,
                               boolean toolsMustResolve) {
    }

    private record FieldEntry(String name, String type, boolean required, List<String> values, String listForm, String help,
                              List<String> alsoAccepted, String pattern, Double min, Double max, String badValue,
                              List<String> wrongKeys) {
    }
}
