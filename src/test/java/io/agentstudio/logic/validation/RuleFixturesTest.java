package io.agentstudio.logic.validation;

import io.agentstudio.logic.agentfile.YamlLimits;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.testing.Fifos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.agentstudio.logic.validation.Checked.CLEAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the catalog, on a workspace written for it: one that triggers the rule and a near twin that does not.
 * The whole pipeline runs (scan, load, rules file, file and workspace rules), as the command line and the studio do.
 */
class RuleFixturesTest {
    private static final String AGENT = ".claude/agents/reviewer.md";
    private static final String SKILL_FILE = ".claude/skills/pdf-forms/SKILL.md";
    private static final String SKILL = "---\nname: pdf-forms\ndescription: Fills in PDF forms with the bundled script. Use when a task"
            + " involves a PDF form.\n---\n# PDF forms\n\nRun scripts/fill.py.\n";

    @TempDir
    Path dir;

    @FunctionalInterface
    interface Setup {
        void write(Path root) throws IOException;
    }

    record Fixture(String rule, Setup triggering, Setup clean) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static List<Fixture> fixtures() {
        String body40k = "x".repeat(40_001);
        return List.of(
                agentFile("file-empty", "", CLEAN),
                agentFile("file-bom", "\uFEFF" + CLEAN, CLEAN),
                new Fixture("file-invalid-utf8", root -> write(root, AGENT, concat(CLEAN.replace("careful", "caf").getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xE9, '\n'})), root -> write(root, AGENT, CLEAN)),
                agentFile("frontmatter-missing", "# Reviewer\n\nReviews code.\n", CLEAN),
                agentFile("frontmatter-unclosed", "---\nname: reviewer\ndescription: Reviews code for bugs, after each change.\n\nBody\n", CLEAN),
                agentFile("frontmatter-closing-fence", CLEAN.replace("---\nYou", "-----\nYou"), CLEAN),
                new Fixture("yaml-syntax", root -> write(root, ".gemini/agents/reviewer.md",
                        CLEAN.replace("description: Reviews", "description: Use when: reviewing")),
                        root -> write(root, ".gemini/agents/reviewer.md", CLEAN.replace(
                                "description: Reviews code for bugs and style; use proactively after each change.",
                                "description: 'Use when: reviewing code for bugs and style, after each change.'"))),
                agentFile("yaml-recovered", CLEAN.replace("description: Reviews", "description: Use when: reviewing"),
                        CLEAN.replace("description: Reviews code for bugs and style; use proactively after each change.",
                                "description: 'Use when: reviewing code for bugs and style, after each change.'")),
                agentFile("frontmatter-over-limit", withField("tools: [" + "Read, ".repeat(YamlLimits.MAX_VALUES) + "Read]"),
                        withField("tools: [Read, Grep]")),
                agentFile("yaml-not-mapping", "---\n- name\n- description\n---\nBody\n", CLEAN),
                agentFile("file-mixed-line-endings", CLEAN.replaceFirst("\n", "\r\n"), CLEAN.replace("\n", "\r\n").replaceAll("\r\n$", "\r")),
                agentFile("yaml-tab-indentation", CLEAN.replace("---\nYou", "tools:\n\t- Read\n---\nYou"),
                        CLEAN.replace("---\nYou", "tools:\n  - Read\n---\nYou")),
                agentFile("text-mojibake", CLEAN.replace("careful", "carefulâ€™s"), CLEAN.replace("careful", "careful’s")),
                agentFile("name-missing", CLEAN.replace("name: reviewer\n", ""), CLEAN),
                agentFile("name-invalid", CLEAN.replace("name: reviewer", "name: Code Reviewer"), CLEAN),
                agentFile("name-not-slug", CLEAN.replace("name: reviewer", "name: reviewer-4.8"), CLEAN),
                agentFile("name-file-mismatch", CLEAN.replace("name: reviewer", "name: code-reviewer"), CLEAN),
                agentFile("description-missing", CLEAN.replaceAll("description: .*\n", ""), CLEAN),
                agentFile("description-too-short", CLEAN.replaceAll("description: .*\n", "description: Reviews code.\n"), CLEAN),
                agentFile("description-too-long", CLEAN.replaceAll("description: .*\n", "description: " + "Reviews code. ".repeat(250) + "\n"),
                        CLEAN.replaceAll("description: .*\n", "description: " + "Reviews code. ".repeat(200) + "\n")),
                agentFile("description-literal-newline", CLEAN.replace("style; use", "style.\\nUse"), CLEAN.replace("description: Reviews code for bugs and style; use proactively after each change.",
                        "description: \"Reviews code for bugs and style.\\nUse proactively after each change.\"")),
                agentFile("tools-unknown", withField("tools: Read, WriteFile"), withField("tools: Read, Write, mcp__github__create_issue")),
                agentFile("tools-never-in-subagent", withField("tools: Read, AskUserQuestion"), withField("tools: Read")),
                agentFile("tools-none-resolve", withField("tools: Reed, Writ"), withField("tools: Reed, Write")),
                agentFile("tools-duplicate", withField("tools: Read, Grep, Read"), withField("tools: Read, Grep")),
                agentFile("tools-in-both-lists", withField("tools: Read, Edit\ndisallowedTools: Edit"), withField("tools: Read\ndisallowedTools: Edit")),
                agentFile("tools-agent-limit-ignored", withField("tools: Read, Agent(tester)"), withField("tools: Read, Agent(tester)\ninitialPrompt: Review the diff.")),
                agentFile("value-type", withField("maxTurns: ten"), withField("maxTurns: 10")),
                agentFile("value-invalid", withField("model: gpt-4o"), withField("model: claude-sonnet-4-5")),
                agentFile("value-unknown", withField("color: teal"), withField("color: cyan")),
                agentFile("hooks-empty-list", withField("hooks: []"), withField("hooks: {}")),
                agentFile("key-unknown", withField("Tools: Read"), withField("tools: Read")),
                agentFile("body-empty", CLEAN.replace("You are a careful code reviewer.\n", ""), CLEAN),
                agentFile("body-too-long", CLEAN + body40k, CLEAN + body40k.substring(2000)),
                new Fixture("body-over-limit", root -> write(root, ".github/agents/reviewer.agent.md", CLEAN + "x".repeat(30_001)),
                        root -> write(root, ".github/agents/reviewer.agent.md", CLEAN + "x".repeat(29_000))),
                new Fixture("link-target-missing", root -> write(root, AGENT, CLEAN + "Read [the guide](docs/guide.md) first.\n"), root -> {
                    write(root, AGENT, CLEAN + "Read [the guide](docs/guide.md) first.\n");
                    write(root, "docs/guide.md", "# Guide\n");
                }),
                agentFile("secret-in-file", CLEAN + "Use key sk-ant-api03-Qx7LmZ2pT9vR4kW8nB3cY6dF1gH5jK0s.\n",
                        CLEAN + "Use key sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXX.\n"),
                new Fixture("name-duplicate", root -> {
                    write(root, AGENT, CLEAN);
                    write(root, ".claude/agents/team/reviewer.md", CLEAN);
                }, root -> {
                    write(root, AGENT, CLEAN);
                    write(root, ".gemini/agents/reviewer.md", CLEAN);
                }),
                new Fixture("agent-shadowed", root -> {
                    write(root, AGENT, CLEAN);
                    write(root, "packages/a/" + AGENT, CLEAN);
                }, root -> {
                    write(root, "packages/b/" + AGENT, CLEAN);
                    write(root, "packages/a/" + AGENT, CLEAN);
                }),
                new Fixture("agent-unknown", root -> write(root, AGENT, CLEAN + "\n## Delegates to\n- `database-architect` for schema changes\n"),
                        root -> {
                            write(root, AGENT, CLEAN + "\n## Delegates to\n- `database-architect` for schema changes\n");
                            write(root, ".claude/agents/database-architect.md", CLEAN.replace("name: reviewer", "name: database-architect"));
                        }),
                skillFile("skill-name-missing", SKILL.replace("name: pdf-forms\n", ""), SKILL),
                skillFile("skill-name-invalid", SKILL.replace("name: pdf-forms", "name: PDF Forms"), SKILL),
                skillFile("skill-name-folder-mismatch", SKILL.replace("name: pdf-forms", "name: pdf-filler"), SKILL),
                skillFile("skill-description-missing", SKILL.replaceAll("description: .*\n", ""), SKILL),
                skillFile("skill-description-too-long", SKILL.replaceAll("description: .*\n", "description: " + "Fills forms. ".repeat(80) + "\n"),
                        SKILL.replaceAll("description: .*\n", "description: " + "Fills forms. ".repeat(70) + "\n")),
                skillFile("skill-fork-without-agent", withSkillField("context: fork"), withSkillField("context: fork\nagent: Explore")),
                skillFile("skill-agent-without-fork", withSkillField("agent: Explore"), withSkillField("context: fork\nagent: Explore")),
                new Fixture("skill-unknown", root -> write(root, AGENT, withField("skills: [pdf-form]")), root -> {
                    write(root, AGENT, withField("skills: [pdf-forms]"));
                    write(root, SKILL_FILE, SKILL);
                }),
                new Fixture("skill-not-preloadable", root -> {
                    write(root, AGENT, withField("skills: [pdf-forms]"));
                    write(root, SKILL_FILE, withSkillField("disable-model-invocation: true"));
                }, root -> {
                    write(root, AGENT, withField("skills: [pdf-forms]"));
                    write(root, SKILL_FILE, withSkillField("user-invocable: false"));
                }),
                new Fixture("agent-disabled", root -> {
                    write(root, AGENT, CLEAN);
                    write(root, ".claude/settings.json", "{\"permissions\": {\"deny\": [\"Agent(reviewer)\"]}}");
                }, root -> {
                    write(root, AGENT, CLEAN);
                    write(root, ".claude/settings.json", "{\"permissions\": {\"deny\": [\"Agent(other)\"]}}");
                }),
                new Fixture("agent-delegates-to-disabled", root -> {
                    write(root, AGENT, CLEAN + "\n## Delegates to\n- `database-architect` for schema changes\n");
                    write(root, ".claude/agents/database-architect.md", CLEAN.replace("name: reviewer", "name: database-architect"));
                    write(root, ".claude/settings.json", "{\"permissions\": {\"deny\": [\"Agent(database-architect)\"]}}");
                }, root -> {
                    write(root, AGENT, CLEAN + "\n## Delegates to\n- `database-architect` for schema changes\n");
                    write(root, ".claude/agents/database-architect.md", CLEAN.replace("name: reviewer", "name: database-architect"));
                }),
                new Fixture("skill-agent-unknown", root -> write(root, SKILL_FILE, withSkillField("context: fork\nagent: reviewr")), root -> {
                    write(root, AGENT, CLEAN);
                    write(root, SKILL_FILE, withSkillField("context: fork\nagent: reviewer"));
                }),
                new Fixture("file-too-large", root -> write(root, AGENT, CLEAN + "x".repeat((int) WorkspaceLoader.MAX_FILE_BYTES)),
                        root -> write(root, AGENT, CLEAN)),
                new Fixture("file-binary", root -> write(root, AGENT, concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
                        CLEAN.getBytes(StandardCharsets.UTF_8))),
                        root -> write(root, AGENT, concat(CLEAN.getBytes(StandardCharsets.UTF_8), new byte[] {0, '\n'}))),
                agentFile("agent-not-loaded", CLEAN.replace("name: reviewer", "name: " + "r".repeat(257)),
                        CLEAN.replace("name: reviewer", "name: " + "r".repeat(256))),
                new Fixture("workspace-unreadable", root -> {
                    Files.createDirectories(root.resolve(".claude/agents"));
                    Files.createSymbolicLink(root.resolve(AGENT), root.resolve("gone.md"));
                }, root -> {
                    write(root, "target.md", CLEAN);
                    Files.createDirectories(root.resolve(".claude/agents"));
                    Files.createSymbolicLink(root.resolve(AGENT), root.resolve("target.md"));
                }),
                new Fixture("workspace-not-regular-file", root -> {
                    write(root, ".claude/agents/real.md", CLEAN.replace("name: reviewer", "name: real"));
                    Fifos.make(root.resolve(AGENT));
                }, root -> write(root, AGENT, CLEAN)),
                new Fixture("workspace-symlink-loop", root -> {
                    write(root, AGENT, CLEAN);
                    Files.createSymbolicLink(root.resolve(".claude/agents/loop"), root.resolve(".claude"));
                }, root -> write(root, AGENT, CLEAN)),
                new Fixture("workspace-link-outside", root -> {
                    Path elsewhere = Files.createDirectories(root.resolveSibling(root.getFileName() + "-elsewhere"));
                    write(elsewhere, "reviewer.md", CLEAN);
                    Files.createDirectories(root.resolve(".claude/agents"));
                    Files.createSymbolicLink(root.resolve(AGENT), elsewhere.resolve("reviewer.md"));
                }, root -> {
                    write(root, "shared/reviewer.md", CLEAN);
                    Files.createDirectories(root.resolve(".claude/agents"));
                    Files.createSymbolicLink(root.resolve(AGENT), root.resolve("shared/reviewer.md"));
                }),
                new Fixture("rules-config-invalid", root -> {
                    write(root, AGENT, CLEAN);
                    write(root, ".agent-studio/rules.yaml", "rules:\n  body-emtpy: off\n");
                }, root -> {
                    write(root, AGENT, CLEAN);
                    write(root, ".agent-studio/rules.yaml", "rules:\n  body-empty: off\n");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void triggersOnItsFixtureAndNotOnTheCleanTwin(Fixture fixture) throws IOException {
        Path triggering = Files.createDirectories(dir.resolve("triggering"));
        Path clean = Files.createDirectories(dir.resolve("clean"));
        fixture.triggering().write(triggering);
        fixture.clean().write(clean);

        assertThat(ruleIds(triggering)).contains(fixture.rule());
        assertThat(ruleIds(clean)).doesNotContain(fixture.rule());
    }

    @Test
    void theCleanAgentPassesEveryRule() throws IOException {
        write(dir, AGENT, CLEAN);

        assertThat(ruleIds(dir)).isEmpty();
    }

    @Test
    void theCleanSkillAndTheAgentThatPreloadsItPassEveryRule() throws IOException {
        write(dir, AGENT, withField("skills: [pdf-forms]"));
        write(dir, SKILL_FILE, SKILL);

        assertThat(ruleIds(dir)).isEmpty();
    }

    @Test
    void everyRuleOfTheCatalogHasAFixture() {
        Set<String> covered = fixtures().stream().map(Fixture::rule).collect(Collectors.toSet());
        Set<String> catalogued = RuleCatalog.standard().all().stream().map(RuleInfo::id).collect(Collectors.toSet());

        // rule-failed reports a bug in a rule; WorkspaceValidationTest makes a rule throw to see it.
        assertThat(covered).containsExactlyInAnyOrderElementsOf(catalogued.stream().filter(id -> !id.equals("rule-failed")).toList());
    }

    private static List<String> ruleIds(Path root) throws IOException {
        return WorkspaceValidation.of(WorkspaceLoader.load(root), RuleCatalog.standard()).findings().stream()
                .map(Finding::ruleId).toList();
    }

    private static Fixture agentFile(String rule, String triggering, String clean) {
        return new Fixture(rule, root -> write(root, AGENT, triggering), root -> write(root, AGENT, clean));
    }

    private static Fixture skillFile(String rule, String triggering, String clean) {
        return new Fixture(rule, root -> write(root, SKILL_FILE, triggering), root -> write(root, SKILL_FILE, clean));
    }

    private static String withSkillField(String lines) {
        return SKILL.replace("---\n#", lines + "\n---\n#");
    }

    private static String withField(String lines) {
        return CLEAN.replace("---\nYou", lines + "\n---\nYou");
    }

    private static void write(Path root, String relative, String text) throws IOException {
        write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
