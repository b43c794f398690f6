package io.agentstudio.logic.catalog;

import io.agentstudio.model.AgentIdentity;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldType;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the per-dialect catalogs from {@code /io/agentstudio/catalog/<dialect>.yaml}: the fields each tool reads,
 * their types and allowed values, the tool names, and what identifies an agent. Every dialect has a file; a missing
 * or malformed one is a build error, reported at the first use.
 */
public final class Catalogs {
    private static final Set<String> FILE_KEYS = Set.of("dialect", "checkedAgainst", "identity", "namePattern", "bodyLimit",
            "fields", "tools", "toolPatterns", "toolNamesIgnoreCase", "toolsMustResolve", "severities", "builtInAgents", "subagentNever");
    private static final Set<String> PROVENANCE_KEYS = Set.of("tool", "source", "checked");
    private static final Set<String> FIELD_KEYS = Set.of("name", "type", "required", "values", "listForm", "help",
            "alsoAccepted", "pattern", "min", "max", "badValue", "wrongKeys");
    private static final Catalogs BUILT_IN = new Catalogs();

    private Catalogs() {
    }

    /**
     * Read on first use, which the studio's window need not wait for. The JVM's class initialisation makes the read
     * happen once and makes any other thread wait for it.
     */
    private static final class BuiltIn {
        static final Map<Dialect, DialectCatalog> BY_DIALECT = read();
    }

    /** The skill catalogs, read at their first use (the studio opens many workspaces without skills). */
    private static final class Skills {
        static final Map<Dialect, DialectCatalog> BY_DIALECT = readSkills();
    }

    /** The catalogs shipped with the studio (read once; they are immutable). */
    public static Catalogs load() {
        return BUILT_IN;
    }

    /** Reads the catalogs now, on the calling thread (the studio does it on a background thread while it starts). */
    public void preload() {
        // Any use of the holder runs its initialisation.
        of(Dialect.CLAUDE_CODE);
    }

    public DialectCatalog of(Dialect dialect) {
        return BuiltIn.BY_DIALECT.get(dialect);
    }

    /**
     * The fields of a skill's {@code SKILL.md} for a tool, from {@code /io/agentstudio/catalog/skills/<dialect>.yaml}
     * (same format as the agents'); empty for a tool whose skill fields the studio does not describe yet.
     */
    public Optional<DialectCatalog> skillsOf(Dialect dialect) {
        return Optional.ofNullable(Skills.BY_DIALECT.get(dialect));
    }

    private static Map<Dialect, DialectCatalog> readSkills() {
        Map<Dialect, DialectCatalog> byDialect = new EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            String resource = "/io/agentstudio/catalog/skills/" + dialect.id() + ".yaml";
            if (Catalogs.class.getResource(resource) != null) {
                byDialect.put(dialect, read(dialect, resource));
            }
        }
        return byDialect;
    }

    private static Map<Dialect, DialectCatalog> read() {
        Map<Dialect, DialectCatalog> byDialect = new EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            byDialect.put(dialect, read(dialect));
        }
        return byDialect;
    }

    private static DialectCatalog read(Dialect dialect) {
        return read(dialect, "/io/agentstudio/catalog/" + dialect.id() + ".yaml");
    }

    private static DialectCatalog read(Dialect dialect, String resource) {
        Node root;
        try (InputStream in = Catalogs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The built-in catalog " + resource + " is missing");
            }
            root = new Yaml(new LoaderOptions()).compose(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | YAMLException e) {
            throw new IllegalStateException("The built-in catalog " + resource + " is broken: " + e.getMessage(), e);
        }
        CatalogNode file = new CatalogNode(resource, root, FILE_KEYS);
        if (!dialect.id().equals(file.string("dialect"))) {
            throw new IllegalStateException(resource + " says it is for '" + file.string("dialect") + "'");
        }
        List<FieldSpec> fields = file.mappings("fields", FIELD_KEYS).stream().map(Catalogs::toSpec).toList();
        List<String> tools = file.strings("tools");
        String identity = file.string("identity");
        Integer bodyLimit = file.integer("bodyLimit");
        Map<String, Severity> severities = new LinkedHashMap<>();
        file.scalars("severities").forEach((rule, severity) -> severities.put(rule, Severity.valueOf(constant(severity))));
        CatalogNode checked = file.mapping("checkedAgainst", PROVENANCE_KEYS);
        if (checked == null) {
            throw new IllegalStateException(resource + " does not say which version of the tool it reflects (checkedAgainst)");
        }
        return new DialectCatalog(dialect, fields, tools == null ? List.of() : tools, file.strings("toolPatterns"),
                file.bool("toolNamesIgnoreCase"), file.bool("toolsMustResolve"),
                identity == null ? AgentIdentity.NAME : AgentIdentity.valueOf(constant(identity)),
                file.string("namePattern"), bodyLimit == null ? 0 : bodyLimit, severities, file.strings("builtInAgents"),
                file.strings("subagentNever"),
                new DialectCatalog.Provenance(checked.string("tool"), checked.string("source"), checked.string("checked")));
    }

    private static FieldSpec toSpec(CatalogNode entry) {
        String listForm = entry.string("listForm");
        String badValue = entry.string("badValue");
        return new FieldSpec(entry.string("name"), FieldType.valueOf(constant(entry.string("type"))), entry.bool("required"),
                entry.strings("values"), listForm == null ? null : FieldValue.ListForm.valueOf(constant(listForm)),
                entry.string("help"), entry.strings("alsoAccepted"), entry.string("pattern"), entry.number("min"),
                entry.number("max"), badValue == null ? null : Severity.valueOf(constant(badValue)), entry.strings("wrongKeys"));
    }

    private static String constant(String kebab) {
        return kebab.replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
