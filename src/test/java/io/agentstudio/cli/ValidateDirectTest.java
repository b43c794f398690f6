package io.agentstudio.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain {@code validate}, run without building picocli's model, prints and exits exactly as picocli's run of the
 * same arguments; every other spelling is left to picocli.
 */
class ValidateDirectTest {
    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        write(".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews code for bugs and style; use"
                + " proactively after each change.\n---\nYou are a careful code reviewer.\n");
        write(".claude/agents/lead.md", "---\nname: tech-lead\ndescription: Plans a feature.\n---\nHand work to `reviewr`.\n");
        write(".claude/agents/broken.md", "---\nname: [unclosed\ndescription: x\n---\nBody.\n");
        write("notes/plain.md", "no frontmatter at all\n");
    }

    @Test
    void thePlainFormsPrintAndExitAsPicocliDoes() throws IOException {
        String folder = dir.toString();
        String agent = dir.resolve(".claude/agents/reviewer.md").toString();
        String broken = dir.resolve(".claude/agents/broken.md").toString();
        String missing = dir.resolve("nowhere").toString();
        List<List<String>> forms = new ArrayList<>();
        for (String path : List.of(folder, agent, broken, missing)) {
            forms.add(List.of("validate", path));
            forms.add(List.of("validate", "--format", "json", path));
            forms.add(List.of("validate", path, "--format=SARIF"));
            forms.add(List.of("validate", "--fail-on", "never", path));
            forms.add(List.of("validate", "--fail-on=Warning", "--format", "text", path));
        }
        Files.writeString(dir.resolve("a-file.txt"), "not a folder");
        forms.add(List.of("validate", "--cache", folder));
        forms.add(List.of("validate", "--cache", "--format", "json", dir.resolve("a-file.txt").toString()));

        for (List<String> form : forms) {
            String[] args = form.toArray(String[]::new);
            Printed byPicocli = printed((out, err) -> Cli.picocli(args, out, err));
            Printed direct = printed((out, err) -> {
                OptionalInt code = ValidateCommand.direct(args, out, err);
                assertThat(code).as("run directly: %s", form).isPresent();
                return code.getAsInt();
            });
            assertThat(direct).as("%s", form).isEqualTo(byPicocli);
        }
    }

    @Test
    void everyOtherSpellingIsLeftToPicocli() {
        String folder = dir.toString();
        List<List<String>> forms = List.of(
                List.of("validate"),
                List.of("validate", folder, folder),
                List.of("validate", "--format", "markdown", folder),
                List.of("validate", "--format", "json", "--format", "text", folder),
                List.of("validate", "--format"),
                List.of("validate", "--list-rules"),
                List.of("validate", "--user-home", folder, folder),
                List.of("validate", "--help"),
                List.of("validate", "--", folder),
                List.of("validate", "@args.txt"),
                List.of("validate", "--cache", "--cache", folder),
                List.of("validate", "--fail-on", "sometimes", folder),
                List.of("validate", "--format", "JSÖN", folder),
                List.of("graph", folder));
        for (List<String> form : forms) {
            OptionalInt code = ValidateCommand.direct(form.toArray(String[]::new), new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()));
            assertThat(code).as("%s", form).isEmpty();
        }
    }

    private record Printed(int exitCode, String out, String err) {
    }

    private interface Run {
        int run(PrintWriter out, PrintWriter err);
    }

    private static Printed printed(Run run) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run.run(new PrintWriter(out, true), new PrintWriter(err, true));
        return new Printed(code, out.toString(), err.toString());
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
