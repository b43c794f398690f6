package io.agentstudio.cli;

import io.agentstudio.testing.Symlinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph edits never write outside the workspace through a symbolic link: they refuse, name the links and write
 * nothing; {@code set} refuses a link out of the workspace too. Through a link that stays inside the workspace,
 * {@code set} replaces the target atomically and the link stays a link.
 */
class SymlinkEditTest {
    private static final String LEAD = "---\nname: lead\ndescription: Leads.\n---\n## Delegates to\n\n- `qa-engineer` — tests\n";
    private static final String QA = "---\nname: qa-engineer\ndescription: Tests.\n---\nTests.\n";

    @TempDir
    Path dir;
    private Path workspace;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        workspace = Files.createDirectories(dir.resolve("workspace"));
        outside = Files.createDirectories(dir.resolve("outside"));
    }

    @Test
    void renameRefusesToRewriteAReferrerThatLinksOutOfTheWorkspace() throws IOException {
        Path agents = Files.createDirectories(workspace.resolve(".claude/agents"));
        Files.writeString(agents.resolve("qa-engineer.md"), QA);
        Path foreign = Files.writeString(outside.resolve("lead.md"), LEAD);
        Symlinks.link(agents.resolve("lead.md"), foreign);

        CliRun run = CliRun.of("rename", workspace.toString(), "qa-engineer", "tester");

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(run.err()).contains("never writes outside", ".claude/agents/lead.md -> " + foreign.toRealPath());
        assertThat(foreign).hasContent(LEAD);
        assertThat(agents.resolve("qa-engineer.md")).hasContent(QA);
        assertThat(agents.resolve("tester.md")).doesNotExist();
        assertThat(Files.isSymbolicLink(agents.resolve("lead.md"))).isTrue();
    }

    @Test
    void renameRefusesWhenTheAgentsFolderLinksOutOfTheWorkspace() throws IOException {
        Path foreignAgents = Files.createDirectories(outside.resolve("agents"));
        Files.writeString(foreignAgents.resolve("qa-engineer.md"), QA);
        Files.writeString(foreignAgents.resolve("lead.md"), LEAD);
        Files.createDirectories(workspace.resolve(".claude"));
        Symlinks.link(workspace.resolve(".claude/agents"), foreignAgents);

        CliRun run = CliRun.of("rename", workspace.toString(), "qa-engineer", "tester");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("never writes outside");
        assertThat(foreignAgents.resolve("lead.md")).hasContent(LEAD);
        assertThat(foreignAgents.resolve("qa-engineer.md")).hasContent(QA);
        assertThat(foreignAgents.resolve("tester.md")).doesNotExist();
    }

    @Test
    void linkRefusesToWriteThroughALinkOutOfTheWorkspace() throws IOException {
        Path agents = Files.createDirectories(workspace.resolve(".claude/agents"));
        Files.writeString(agents.resolve("qa-engineer.md"), QA);
        String reviewer = "---\nname: reviewer\ndescription: Reviews.\n---\nReviews.\n";
        Path foreign = Files.writeString(outside.resolve("reviewer.md"), reviewer);
        Symlinks.link(agents.resolve("reviewer.md"), foreign);

        CliRun run = CliRun.of("link", workspace.toString(), "reviewer", "qa-engineer");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("never writes outside", "reviewer.md");
        assertThat(foreign).hasContent(reviewer);
    }

    @Test
    void setRefusesALinkThatLeadsOutOfTheWorkspaceAndEditsTheTargetWhenNamedItself() throws IOException {
        Path target = Files.writeString(outside.resolve("qa.md"), QA);
        Path link = Symlinks.link(Files.createDirectories(workspace.resolve(".claude/agents")).resolve("qa.md"), target);

        CliRun refused = CliRun.of("set", link.toString(), "description=Checks.");

        assertThat(refused.exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(refused.err()).contains("symbolic link to " + target.toRealPath(), "outside the workspace", "nothing was written")
                .doesNotContain("Exception");
        assertThat(target).hasContent(QA);
        assertThat(Files.isSymbolicLink(link)).isTrue();

        CliRun direct = CliRun.of("set", target.toString(), "description=Checks.");

        assertThat(direct.exitCode()).as(direct.err()).isZero();
        assertThat(target).hasContent(QA.replace("Tests.\n---", "Checks.\n---"));
    }

    @Test
    void setOnALinkWithinTheWorkspaceReplacesTheTargetAndKeepsTheLink() throws IOException {
        Path agents = Files.createDirectories(workspace.resolve(".claude/agents"));
        Path target = Files.writeString(Files.createDirectories(workspace.resolve("shared")).resolve("qa.md"), QA);
        Path link = Symlinks.link(agents.resolve("qa.md"), target);

        CliRun run = CliRun.of("set", link.toString(), "description=Checks.");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent(QA.replace("Tests.\n---", "Checks.\n---"));
    }

    @Test
    void anAgentLinkedFromOutsideIsLoadedAndNotedButNotCountedAsUnread() throws IOException {
        Path target = Files.writeString(outside.resolve("qa.md"), QA);
        Symlinks.link(Files.createDirectories(workspace.resolve(".claude/agents")).resolve("qa.md"), target);

        CliRun roundtrip = CliRun.of("roundtrip", workspace.toString());
        CliRun validate = CliRun.of("validate", workspace.toString());

        assertThat(roundtrip.exitCode()).as(roundtrip.out()).isZero();
        assertThat(roundtrip.out()).contains("1 identical, 0 differ").doesNotContain("not read");
        assertThat(validate.out()).contains("info workspace-link-outside", target.toRealPath().toString());
    }
}
