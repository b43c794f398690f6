package io.agentstudio.logic.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownOutlineTest {

    @Test
    void listsAtxHeadingsWithLevelAndLineAndSkipsFencedCode() {
        String body = "# Role\r\nYou review.\r\n\r\n## Rules ##\r\n```bash\r\n# a comment\r\n```\r\n### Output\r\n#nope\r\n";

        assertThat(MarkdownOutline.headings(body)).containsExactly(
                new Heading(0, 1, "Role"), new Heading(3, 2, "Rules"), new Heading(7, 3, "Output"));
    }
}
