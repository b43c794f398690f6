package io.agentstudio.logic.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldType;
import io.agentstudio.model.FieldValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the per-dialect field catalogs from {@code /io/agentstudio/catalog/<dialect>.yaml}. A dialect without a
 * catalog file yet gets an empty one: its files are still read and written losslessly as generic frontmatter.
 */
public final class Catalogs {
    private final Map<Dialect, DialectCatalog> byDialect = new EnumMap<>(Dialect.class);

    private Catalogs() {
    }

    public static Catalogs load() {
        Catalogs catalogs = new Catalogs();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        for (Dialect dialect : Dialect.values()) {
            catalogs.byDialect.put(dialect, read(yaml, dialect));
        }
        return catalogs;
    }

    public DialectCatalog of(Dialect dialect) {
        return byDialect.get(dialect);
    }

    private static DialectCatalog read(ObjectMapper yaml, Dialect dialect) {
        String resource = "/io/agentstudio/catalog/" + dialect.id() + ".yaml";
        try (InputStream in = Catalogs.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new DialectCatalog(dialect, List.of(), List.of());
            }
            CatalogFile file = yaml.readValue(in, CatalogFile.class);
            List<FieldSpec> fields = file.fields().stream().map(Catalogs::toSpec).toList();
            return new DialectCatalog(dialect, fields, file.tools() == null ? List.of() : file.tools());
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in catalog " + resource + " is broken", e);
        }
    }

    private static FieldSpec toSpec(FieldEntry entry) {
        return new FieldSpec(entry.name(), FieldType.valueOf(constant(entry.type())), entry.required(), entry.values(),
                entry.listForm() == null ? null : FieldValue.ListForm.valueOf(constant(entry.listForm())), entry.help());
    }

    private static String constant(String kebab) {
        return kebab.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private record CatalogFile(String dialect, List<FieldEntry> fields, List<String> tools) {
    }

    private record FieldEntry(String name, String type, boolean required, List<String> values, String listForm, String help) {
    }
}
