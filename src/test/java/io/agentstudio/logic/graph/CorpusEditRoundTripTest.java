package io.agentstudio.logic.graph;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.logic.workspace.AgentNameCheck;
import io.agentstudio.logic.workspace.InvalidAgentNameException;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Graph edits on every agent of ../shared/corpus, in memory: link then unlink, and rename there and back, give back
 * every byte of every file (and every file name).
 */
@CorpusTest
class CorpusEditRoundTripTest {
    private static Workspace corpus;
    private static NameIndex index;

    @BeforeAll
    static void load() throws IOException {
        corpus = WorkspaceLoader.load(SharedFiles.corpus());
        index = NameIndex.of(corpus);
    }

    private static String id(WorkspaceAgent agent) {
        return agent.relativePath().toString().replace('\\', '/');
    }

    /**
     * An agent that {@code agent} never names and that its name reaches from there, of the same collection when there
     * is one (HamzaAlayed's delivery-coordinator names every agent of its own).
     */
    private static Optional<WorkspaceAgent> partnerOf(WorkspaceAgent agent) {
        FileScan scan = FileScan.of(agent, index);
        String collection = agent.relativePath().getName(0).toString();
        return corpus.agents().stream()
                .filter(b -> !b.path().equals(agent.path()))
                .filter(b -> scan.references().stream().noneMatch(r -> r.refersTo(b)))
                .filter(b -> index.resolve(AgentNames.key(b.name()), agent).map(r -> r.path().equals(b.path())).orElse(false))
                .min(java.util.Comparator.comparing(b -> b.relativePath().getName(0).toString().equals(collection) ? 0 : 1));
    }

    @Test
    void unlinkAfterLinkGivesBackEveryCorpusFileByteForByte() {
        List<String> differences = new ArrayList<>();
        int intoExistingList = 0;
        int linked = 0;
        for (WorkspaceAgent agent : corpus.agents()) {
            WorkspaceAgent partner = partnerOf(agent).orElseThrow(() -> new AssertionError("no partner for " + id(agent)));
            GraphEdit link = new GraphEditor(corpus).link(id(agent), id(partner), "round trip");
            assertThat(link.changes()).as("link %s -> %s", id(agent), id(partner)).singleElement();
            Workspace withLink = link.applyTo(corpus);
            GraphEdit unlink = new GraphEditor(withLink).unlink(id(agent), id(partner));
            Workspace back = unlink.applyTo(withLink);
            linked++;
            String added = link.changes().get(0).edited().text();
            if (!added.contains(CreatedSection.HEADING + agent.document().lineEnding().chars())
                    || agent.document().text().contains(CreatedSection.HEADING)) {
                intoExistingList++;
            }
            if (!back.agents().equals(corpus.agents().stream().map(a -> a.path().equals(agent.path())
                    ? back.agents().get(corpus.agents().indexOf(a)) : a).toList())
                    || !back.agents().get(corpus.agents().indexOf(agent)).document().text().equals(agent.document().text())) {
                differences.add(id(agent) + " -> " + id(partner));
            }
        }
        System.out.printf("link/unlink round trip: %d agents, %d into an existing delegation list, %d with a new section%n",
                linked, intoExistingList, linked - intoExistingList);
        assertThat(differences).isEmpty();
        assertThat(linked).isEqualTo(corpus.agents().size());
    }

    @Test
    void renameThereAndBackGivesBackEveryByteOfTheWorkspace() {
        List<String> differences = new ArrayList<>();
        int references = 0;
        int oneWay = 0;
        for (WorkspaceAgent agent : corpus.agents()) {
            String temporary = "renamed-" + AgentNames.key(agent.name());
            GraphEdit there = new GraphEditor(corpus).rename(id(agent), temporary);
            Workspace renamed = there.applyTo(corpus);
            String renamedId = id(renamed.agents().get(corpus.agents().indexOf(agent)));
            if (AgentNameCheck.problem(agent.name()).isPresent()) {
                // "Python DevOps/CI-CD Expert": a rename may not give a name with a slash, so this one has no way back.
                assertThatThrownBy(() -> new GraphEditor(renamed).rename(renamedId, agent.name()))
                        .isInstanceOf(InvalidAgentNameException.class);
                oneWay++;
                continue;
            }
            Workspace back = new GraphEditor(renamed).rename(renamedId, agent.name()).applyTo(renamed);
            references += there.changes().size();
            for (int i = 0; i < corpus.agents().size(); i++) {
                WorkspaceAgent before = corpus.agents().get(i);
                WorkspaceAgent after = back.agents().get(i);
                if (!before.relativePath().equals(after.relativePath()) || !before.document().text().equals(after.document().text())) {
                    differences.add("rename " + id(agent) + ": " + id(before) + " differs");
                }
            }
        }
        System.out.printf("rename round trip: %d agents (%d with a name a rename may not give), %d file changes each way in all%n",
                corpus.agents().size(), oneWay, references);
        assertThat(oneWay).as("names the rename check refuses").isLessThanOrEqualTo(2);
        assertThat(differences).isEmpty();
    }
}
