package io.agentstudio.logic.export;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.PortableFileNames;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FrontmatterField;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The common path of every target that writes one file per agent: the file's place from the agent's name (refused
 * when the name is not a safe file name), a copy as written for agents already in the target's dialect, and a
 * translation for Claude Code agents, with a report line for every field. The skills the agents use go, whole and
 * byte for byte, to the folder where the target reads skills (mappings.yaml's skillFolders).
 */
abstract class AgentFileExporter implements Exporter {
    protected final ExportMappings mappings = ExportMappings.load();

    /** The folder the agent files go to, relative to the destination, ending in {@code /}. */
    abstract String folder();

    /** The file name ending, such as {@code .md}. */
    abstract String extension();

    /** The file for a Claude Code agent, with every field of the source reported. */
    abstract byte[] translate(SourceAgent agent, FieldReport report);

    /** Files the target needs besides the agents (a plugin's manifest). */
    void extraFiles(ExportSource source, ExporterOutput out) {
    }

    /** Notes about the target as a whole, added to the report once. */
    void notes(ExporterOutput out) {
    }

    @Override
    public ExporterOutput export(ExportSource source) {
        ExporterOutput out = new ExporterOutput();
        notes(out);
        for (SourceAgent agent : source.agents()) {
            exportOne(agent, out);
        }
        for (SourceSkill skill : source.skills()) {
            shipSkill(skill, out);
        }
        extraFiles(source, out);
        return out;
    }

    /** The folder the target reads skills from, relative to the destination, ending in {@code /}. */
    final String skillsFolder() {
        return mappings.skillFolders().get(target().id());
    }

    private void shipSkill(SourceSkill skill, ExporterOutput out) {
        String folderName = skill.skill().folderName();
        Optional<String> unsafe = PortableFileNames.problem(folderName);
        if (unsafe.isPresent()) {
            String why = "its folder's name cannot be a folder name everywhere: " + unsafe.get();
            out.skill(SkillExport.dropped(skill.name(), skill.source(), skill.usedBy(), why));
            out.problem(new ExportProblem(ExportProblem.Kind.PATH, skill.source(), "The skill `" + skill.name()
                    + "` is not shipped: " + why + ". Rename the skill.", true));
            return;
        }
        String folder = skillsFolder() + folderName + "/";
        skill.files().forEach(file -> out.file(folder + file.path(), file.bytes()));
        out.skill(new SkillExport(skill.name(), skill.source(), folder, skill.files().size(), skill.usedBy(), skill.notes(), ""));
    }

    /** The agent's name in the target, which names its file: the source's name unless the target needs another form. */
    String exportName(SourceAgent agent) {
        return agent.name();
    }

    private void exportOne(SourceAgent agent, ExporterOutput out) {
        String fileName = (agent.asWritten() ? agent.name() : exportName(agent)) + extension();
        Optional<String> unsafe = PortableFileNames.problem(fileName);
        if (unsafe.isPresent()) {
            String why = "its name cannot be a file name: " + unsafe.get();
            out.agent(AgentExport.skipped(agent.name(), agent.source(), why));
            out.problem(new ExportProblem(ExportProblem.Kind.PATH, agent.source(), "The agent `" + agent.name()
                    + "` is not exported: " + why + ". Rename the agent.", true));
            return;
        }
        String path = folder() + fileName;
        if (agent.asWritten()) {
            out.file(path, AgentFileParser.toBytes(agent.document()));
            out.agent(new AgentExport(agent.name(), agent.source(), path, "", withDelegations(agent, copiedAsWritten(agent.document()))));
            return;
        }
        if (!agent.document().hasFrontmatter() || !agent.document().isEditable()) {
            out.agent(AgentExport.skipped(agent.name(), agent.source(),
                    "its frontmatter is missing or does not parse, so there are no fields to translate"));
            return;
        }
        FieldReport report = new FieldReport();
        skillsField(report);
        try {
            byte[] bytes = translate(agent, report);
            out.file(path, bytes);
            out.agent(new AgentExport(agent.name(), agent.source(), path, "", report.outcomes()));
        } catch (AgentNotExportedException e) {
            out.agent(AgentExport.skipped(agent.name(), agent.source(), e.getMessage()));
            out.problem(new ExportProblem(ExportProblem.Kind.OUTPUT, agent.source(),
                    "The agent `" + agent.name() + "` is not exported: " + e.getMessage(), true));
        } catch (EditRefusedException e) {
            out.agent(AgentExport.skipped(agent.name(), agent.source(), e.getMessage()));
            out.problem(new ExportProblem(ExportProblem.Kind.OUTPUT, agent.source(),
                    "The agent `" + agent.name() + "` could not be written for " + target().displayName() + ": " + e.getMessage(), true));
        }
    }

    /**
     * The line for an agent's {@code skills:} in a target that has no such field (mappings.yaml's skillsField), unless
     * the translation writes it in another form.
     */
    private void skillsField(FieldReport report) {
        String why = mappings.skillsField().get(target().id());
        if (why != null) {
            report.whyDropped("skills", why);
        }
    }

    private List<FieldOutcome> copiedAsWritten(AgentDocument document) {
        FieldReport report = new FieldReport();
        DialectCatalog catalog = target().dialect().map(d -> Catalogs.load().of(d)).orElse(null);
        for (FrontmatterField field : document.fields()) {
            boolean known = catalog == null || catalog.knows(field.key());
            report.copied(field.key(), known ? "as written" : "as written; " + target().displayName() + " does not read it");
        }
        return report.outcomes();
    }

    private static List<FieldOutcome> withDelegations(SourceAgent agent, List<FieldOutcome> fields) {
        if (agent.delegatesTo().isEmpty()) {
            return fields;
        }
        List<FieldOutcome> all = new ArrayList<>(fields);
        all.add(new FieldOutcome("delegations", FieldFate.COPIED, String.join(", ", agent.delegatesTo()) + ": as written"));
        return all;
    }

    /** The body for a target that keeps the source's line endings. */
    static String body(SourceAgent agent) {
        return agent.document().body();
    }

    static String lineEnding(SourceAgent agent) {
        return agent.document().lineEnding().chars();
    }

    /** The agent's name for the target; reported as added when the source had none (the file name stood in). */
    static String name(SourceAgent agent, FieldReport report, MarkdownDraft draft) {
        if (agent.document().string("name").filter(n -> !n.isBlank()).isPresent()) {
            report.copied("name", agent.name());
        } else {
            report.added("name", agent.name() + " (from the file name; the source has no name)");
        }
        draft.text("name", agent.name());
        return agent.name();
    }

    /** Copies the description when there is one. */
    static void description(SourceAgent agent, FieldReport report, MarkdownDraft draft) {
        agent.document().field("description").ifPresent(field -> {
            draft.value("description", field.value());
            report.copied("description", "");
        });
    }

    /** The delegation line of the report for a target that can only keep delegations in the prose. */
    static void delegationsInProse(SourceAgent agent, FieldReport report, String why) {
        if (!agent.delegatesTo().isEmpty()) {
            report.proseOnly("delegations", String.join(", ", agent.delegatesTo()) + ": " + why);
        }
    }
}
