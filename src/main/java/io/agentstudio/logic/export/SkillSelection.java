package io.agentstudio.logic.export;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.SkillLocator;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.Dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The skills an export ships: those an exported agent preloads ({@code skills:}) and those that run as an exported
 * agent ({@code agent:}), each read whole from disk. A name an agent lists that no skill has, and a skill no exported
 * agent uses, are reported as not shipped; a skill an agent cannot preload ({@code disable-model-invocation: true})
 * is shipped as the source has it (the user can still start it), with a note.
 */
final class SkillSelection {

    record Result(List<SourceSkill> shipped, List<SkillExport> notShipped) {
    }

    private SkillSelection() {
    }

    static Result of(List<WorkspaceSkill> skills, List<WorkspaceAgent> taken, ExportTarget target) {
        Map<String, WorkspaceSkill> byName = candidates(skills, target);
        Map<String, List<String>> preloadedBy = new TreeMap<>();
        for (WorkspaceAgent agent : taken) {
            for (String name : preloads(agent)) {
                List<String> agents = preloadedBy.computeIfAbsent(name, k -> new ArrayList<>());
                if (!agents.contains(agent.name())) {
                    agents.add(agent.name());
                }
            }
        }
        List<String> agentNames = taken.stream().map(WorkspaceAgent::name).toList();
        List<SourceSkill> shipped = new ArrayList<>();
        List<SkillExport> notShipped = new ArrayList<>();
        preloadedBy.forEach((name, agents) -> {
            if (!byName.containsKey(name)) {
                notShipped.add(SkillExport.dropped(name, "", List.of("preloaded by " + String.join(", ", agents)),
                        String.join(", ", agents) + (agents.size() == 1 ? " preloads" : " preload")
                                + " it, but the workspace has no skill of this name"));
            }
        });
        for (WorkspaceSkill skill : byName.values()) {
            List<String> usedBy = new ArrayList<>();
            List<String> agents = preloadedBy.getOrDefault(skill.name(), List.of());
            if (!agents.isEmpty()) {
                usedBy.add("preloaded by " + String.join(", ", agents));
            }
            Optional<String> runsAs = skill.document().string("agent").map(String::strip).filter(agentNames::contains);
            runsAs.ifPresent(agent -> usedBy.add("runs as " + agent));
            String source = slashes(skill.relativePath().getParent());
            if (usedBy.isEmpty()) {
                String why = skill.document().string("agent").map(String::strip).filter(a -> !a.isEmpty())
                        .map(a -> "it runs as " + a + ", which is not an exported agent, and no exported agent preloads it")
                        .orElse("no exported agent preloads it or runs it");
                notShipped.add(SkillExport.dropped(skill.name(), source, List.of(), why));
                continue;
            }
            List<String> notes = new ArrayList<>();
            if (!agents.isEmpty() && skill.modelInvocationDisabled()) {
                notes.add(String.join(", ", agents) + " cannot preload it: it sets disable-model-invocation: true, so Claude Code"
                        + " skips it when the agent starts; it is shipped as the workspace has it, for the user to start by hand");
            }
            try {
                shipped.add(new SourceSkill(skill, read(skill), usedBy, notes));
            } catch (IOException e) {
                notShipped.add(SkillExport.dropped(skill.name(), source, usedBy, "its files could not be read: " + e.getMessage()));
            }
        }
        return new Result(shipped, notShipped);
    }

    /**
     * The skills the target can use, by name: Claude Code's own and those already written for the target's tool, which
     * win over a Claude Code skill of the same name (as an agent written for the target wins over its Claude version).
     */
    private static Map<String, WorkspaceSkill> candidates(List<WorkspaceSkill> skills, ExportTarget target) {
        Map<String, WorkspaceSkill> byName = new TreeMap<>();
        List<WorkspaceSkill> sorted = skills.stream().sorted(Comparator.comparing(s -> slashes(s.relativePath()))).toList();
        Dialect own = target.dialect().orElse(Dialect.CLAUDE_CODE);
        for (WorkspaceSkill skill : sorted) {
            if (skill.tool() == Dialect.CLAUDE_CODE) {
                byName.putIfAbsent(skill.name(), skill);
            }
        }
        for (WorkspaceSkill skill : sorted) {
            if (skill.tool() == own && own != Dialect.CLAUDE_CODE) {
                byName.put(skill.name(), skill);
            }
        }
        return byName;
    }

    /** The names an agent's {@code skills:} lists: a YAML list, or one string of comma-separated names. */
    static List<String> preloads(WorkspaceAgent agent) {
        Object value = agent.document().value("skills").orElse(null);
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(item -> item != null).map(item -> item.toString().strip()).forEach(names::add);
        } else if (value instanceof String text) {
            Arrays.stream(text.split(",")).map(String::strip).forEach(names::add);
        }
        return names.stream().filter(name -> !name.isEmpty()).distinct().toList();
    }

    /** {@code SKILL.md} as loaded (byte for byte), then the supporting files as they are on disk now. */
    private static List<ExportedFile> read(WorkspaceSkill skill) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SkillLocator.SKILL_FILE, AgentFileParser.toBytes(skill.document()));
        for (Path relative : skill.supportingFiles()) {
            files.put(slashes(relative), Files.readAllBytes(skill.folder().resolve(relative)));
        }
        List<ExportedFile> read = new ArrayList<>();
        files.forEach((path, bytes) -> read.add(new ExportedFile(path, bytes)));
        return read;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
