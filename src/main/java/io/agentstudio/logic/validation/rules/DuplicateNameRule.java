package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.WorkspaceRule;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentIdentity;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two agents of one dialect with the same identity (the {@code name}, or the file name where the tool goes by it).
 * Agents of different dialects may share a name: each tool sees only its own. Indexed by dialect and name, so a
 * change re-checks only the agents that had or now have the changed agent's name.
 */
public final class DuplicateNameRule implements WorkspaceRule {
    static final RuleInfo RULE = new RuleInfo("name-duplicate", Severity.ERROR,
            "Two agents of the same tool in the workspace have the same name.",
            "The tool loads one of them and ignores the other, and which one is undefined: delegation reaches the wrong agent.",
            null);
    /** How many of the agents sharing a name a finding names. */
    static final int NAMED_OTHERS = 3;

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public Set<String> keys(WorkspaceAgent agent) {
        return identity(agent).map(name -> Set.of(agent.dialect().id() + ":" + agentsRoot(agent) + ":" + name)).orElse(Set.of());
    }

    /**
     * The folder whose agents compete for a name: the tool reads each agents folder (and its subfolders) as one set,
     * and with nested {@code .claude/agents} folders the one closest to where it runs wins without a conflict. So
     * the nearest enclosing folder named {@code agents}; the workspace for files outside one.
     */
    static String agentsRoot(WorkspaceAgent agent) {
        Path folder = agent.relativePath().getParent();
        while (folder != null && !folder.getFileName().toString().equals("agents")) {
            folder = folder.getParent();
        }
        return folder == null ? "" : folder.toString().replace('\\', '/');
    }

    @Override
    public void check(FileCheck file, AgentIndex index) {
        WorkspaceAgent agent = file.agent();
        for (String key : keys(agent)) {
            List<String> others = new ArrayList<>();
            for (WorkspaceAgent other : index.withKey(key)) {
                if (!other.path().equals(agent.path())) {
                    others.add(other.relativePath().toString().replace('\\', '/'));
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            String message = message(agent.dialect().displayName(), identity(agent).orElseThrow(), others);
            Optional<FrontmatterField> field = file.field("name");
            if (field.isPresent()) {
                file.reportOn(RULE, field.get(), message);
            } else {
                file.reportAt(RULE, 1, 1, null, message);
            }
        }
    }

    /**
     * Names the first few of the {@code others} that share the name: every agent of a name shared n ways lists the
     * other n - 1, so naming them all made the findings grow with the square of n (5,000 files from a 343-file corpus
     * made a 20 MB report, 20,000 files an 85 MB one), and a line naming fifty files is not read.
     */
    static String message(String dialect, String name, List<String> others) {
        String named = String.join(", ", others.subList(0, Math.min(others.size(), NAMED_OTHERS)));
        String more = others.size() > NAMED_OTHERS ? " and " + (others.size() - NAMED_OTHERS) + " more" : "";
        String who = others.size() == 1 ? "Another " + dialect + " agent is" : others.size() + " other " + dialect + " agents are";
        return who + " also named `" + name + "`: " + named + more + ". Which one loads is undefined; give each agent its own name.";
    }

    private static Optional<String> identity(WorkspaceAgent agent) {
        if (Catalogs.load().of(agent.dialect()).identity() == AgentIdentity.FILE_NAME) {
            return Optional.of(agent.fileId());
        }
        return agent.document().isEditable() ? agent.document().string("name").filter(n -> !n.isBlank()) : Optional.empty();
    }
}
