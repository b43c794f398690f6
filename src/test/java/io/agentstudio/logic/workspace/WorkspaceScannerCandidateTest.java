package io.agentstudio.logic.workspace;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which files a scan takes as possible agents. The test reads names the way the scanner's rule is written: the whole
 * name lower-cased, ending in ".md", not hidden outside an agents folder, and not a repository document; the scanner
 * itself compares without lower-casing most names, and must agree on every one.
 */
class WorkspaceScannerCandidateTest {
    private static final Set<String> DOCUMENTS = Set.of("readme", "license", "changelog", "contributing");
    private static final Path PLAIN = Path.of("workspace", "docs");
    private static final Path AGENTS = Path.of("workspace", ".claude", "agents");

    @Test
    void takesMarkdownThatIsNoRepositoryDocument() {
        assertThat(WorkspaceScanner.isCandidate(AGENTS.resolve("code-reviewer.md"))).isTrue();
        assertThat(WorkspaceScanner.isCandidate(AGENTS.resolve("Reviewer.MD"))).isTrue();
        assertThat(WorkspaceScanner.isCandidate(AGENTS.resolve(".hidden.md"))).isTrue();
        assertThat(WorkspaceScanner.isCandidate(PLAIN.resolve(".hidden.md"))).isFalse();
        assertThat(WorkspaceScanner.isCandidate(PLAIN.resolve("ReadMe.Md"))).isFalse();
        assertThat(WorkspaceScanner.isCandidate(PLAIN.resolve("CONTRIBUTING.md"))).isFalse();
        assertThat(WorkspaceScanner.isCandidate(PLAIN.resolve("readme.markdown"))).isFalse();
        assertThat(WorkspaceScanner.isCandidate(PLAIN.resolve("notes.md.bak"))).isFalse();
        assertThat(WorkspaceScanner.isCandidate(PLAIN.resolve("md"))).isFalse();
    }

    @Test
    void agreesWithTheRuleOnNamesWhoseCaseIsHardToFold() {
        // Dotless and dotted I, the Kelvin sign, a final sigma, fullwidth letters: their lower cases differ in length,
        // or fold to ASCII, or fold only upwards.
        List<String> names = List.of("lıcense.md", "LİCENSE.md", "İ.md", "\u212Aey.md", "readmΣ.md", "ΑΣ.md", "ｍ.ｍｄ",
                "README.\u217Fd", "contrıbutıng.md", "readme.mD", ".md", "x.md", "changelog.MD", "Changelog2.md");
        for (String name : names) {
            for (Path folder : List.of(PLAIN, AGENTS)) {
                assertThat(WorkspaceScanner.isCandidate(folder.resolve(name))).as(name).isEqualTo(byTheRule(folder, name));
            }
        }
    }

    @Test
    void agreesWithTheRuleOnRandomNames() {
        String alphabet = "readmlicnsgothbuDMREAL.-_İıΣσς\u212Aｍ";
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int c = 0; c < length; c++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextBoolean()) {
                name.append(random.nextBoolean() ? ".md" : ".MD");
            }
            Path folder = random.nextBoolean() ? PLAIN : AGENTS;
            assertThat(WorkspaceScanner.isCandidate(folder.resolve(name.toString()))).as(name.toString())
                    .isEqualTo(byTheRule(folder, name.toString()));
        }
    }

    private static boolean byTheRule(Path folder, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean hidden = name.startsWith(".") && !folder.getFileName().toString().equals("agents");
        return !hidden && lower.endsWith(".md") && !DOCUMENTS.contains(lower.substring(0, lower.length() - 3));
    }
}
