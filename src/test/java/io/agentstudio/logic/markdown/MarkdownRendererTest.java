package io.agentstudio.logic.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersGfmTables() {
        String html = renderer.render("| tool | use |\n|---|---|\n| Read | files |\n").html();

        assertThat(html).contains("<table", "<th>tool</th>", "<td>Read</td>");
    }

    @Test
    void linksBareUrls() {
        String html = renderer.render("See https://docs.example.com/agents for more.\n").html();

        assertThat(html).contains("href=\"https://docs.example.com/agents\">https://docs.example.com/agents</a>");
    }

    @Test
    void rawHtmlIsShownAsTextNeverAsMarkup() {
        String html = renderer.render("<script>alert(1)</script>\n\nInline <img src=x onerror=alert(2)> and <b>bold</b>\n"
                + "\n<div onclick=\"steal()\">block</div>\n").html();

        assertThat(html).doesNotContain("<script", "<img", "<b>", "<div")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "&lt;div");
    }

    @Test
    void dropsScriptLinks() {
        String html = renderer.render("[click](javascript:alert(1)) and ![i](javascript:alert(2)) and [v](vbscript:x)\n").html();

        assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("vbscript:");
    }

    @Test
    void imagesFromTheNetworkAreLeftOutUnlessAllowedAndDataImagesStay() {
        String markdown = "![a](https://tracker.example/a.png) ![b](http://tracker.example/b.png)"
                + " ![c](ftp://tracker.example/c.png) ![d](//tracker.example/d.png) ![e](HTTPS://tracker.example/e.png)\n\n"
                + "![ref][logo] ![inline](data:image/png;base64,iVBORw0KGgo=)\n\n[logo]: https://tracker.example/logo.png\n";

        RenderedMarkdown blocked = renderer.render(markdown);

        assertThat(blocked.html()).doesNotContain("src=\"https:", "src=\"http:", "ftp:", "src=\"//", "src=\"HTTPS:")
                .contains("src=\"data:image/png;base64,iVBORw0KGgo=\"", "alt=\"a\"", "class=\"blocked-image\"");
        // The sanitizer already drops an ftp address.
        assertThat(blocked.blockedImages()).containsExactly("https://tracker.example/a.png", "http://tracker.example/b.png",
                "//tracker.example/d.png", "HTTPS://tracker.example/e.png",
                "https://tracker.example/logo.png");

        RenderedMarkdown allowed = renderer.render(markdown, true);
        assertThat(allowed.html()).contains("src=\"https://tracker.example/a.png\"", "src=\"https://tracker.example/logo.png\"");
        assertThat(allowed.blockedImages()).isEmpty();
    }

    @Test
    void onlyADataUrlIsAnEmbeddedImage() {
        assertThat(ImageSources.isEmbedded("data:image/png;base64,AA")).isTrue();
        assertThat(ImageSources.isEmbedded(" DATA:image/gif;base64,AA")).isTrue();
        assertThat(ImageSources.isEmbedded("da\tta:image/png")).as("a tab inside is dropped by browsers").isTrue();
        assertThat(ImageSources.isEmbedded("https://x/data:")).isFalse();
        assertThat(ImageSources.isEmbedded("//host/a.png")).isFalse();
        assertThat(ImageSources.isEmbedded("image.png")).isFalse();
        assertThat(ImageSources.isEmbedded("")).isFalse();
    }

    @Test
    void linksKeepTheirAddressForTheUserToFollow() {
        assertThat(renderer.render("[guide](https://example.invalid/guide)\n").html())
                .contains("href=\"https://example.invalid/guide\"");
    }

    @Test
    void everyBlockCarriesItsSourceLine() {
        RenderedMarkdown rendered = renderer.render("# Title\n\nFirst paragraph.\n\n- one\n- two\n\n```\ncode\n```\n");

        assertThat(rendered.html()).contains("<h1 data-line=\"0\" id=\"line-0\">", "<p data-line=\"2\" id=\"line-2\">",
                "id=\"line-4\"", "id=\"line-5\"", "<pre data-line=\"7\" id=\"line-7\">");
        assertThat(rendered.blockLines()).containsExactly(0, 2, 4, 5, 7);
    }

    @Test
    void theCaretLineFindsTheBlockItIsIn() {
        RenderedMarkdown rendered = renderer.render("intro\n\n# A\n\ntext\nmore text\n\n# B\n");

        assertThat(rendered.anchorFor(0)).contains("line-0");
        assertThat(rendered.anchorFor(5)).contains("line-4");
        assertThat(rendered.anchorFor(6)).contains("line-4");
        assertThat(rendered.anchorFor(99)).contains("line-7");
        assertThat(renderer.render("\n\ntext").anchorFor(0)).isEmpty();
    }
}
