package io.agentstudio.logic.export;

import java.util.ArrayList;
import java.util.List;

/** What one exporter produced: the files, the report per agent and per shipped skill, notes about the target, and problems it met. */
public final class ExporterOutput {
    private final List<ExportedFile> files = new ArrayList<>();
    private final List<AgentExport> agents = new ArrayList<>();
    private final List<SkillExport> skills = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ExportProblem> problems = new ArrayList<>();

    void file(String path, byte[] bytes) {
        files.add(new ExportedFile(path, bytes));
    }

    void agent(AgentExport agent) {
        agents.add(agent);
    }

    void skill(SkillExport skill) {
        skills.add(skill);
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    void problem(ExportProblem problem) {
        problems.add(problem);
    }

    public List<ExportedFile> files() {
        return List.copyOf(files);
    }

    public List<AgentExport> agents() {
        return List.copyOf(agents);
    }

    public List<SkillExport> skills() {
        return List.copyOf(skills);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public List<ExportProblem> problems() {
        return List.copyOf(problems);
    }
}
