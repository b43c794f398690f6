package io.agentstudio.logic.enablement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Turning an agent off adds one {@code Agent(name)} string to {@code permissions.deny} and nothing else; turning it
 * on again gives back the file byte for byte.
 */
class ClaudeSettingsTextTest {
    private static final String ENTRY = "Agent(reviewer)";

    private static String disabled(String text) throws SettingsRefusedException {
        return ClaudeSettingsText.parse(text).withDeny(ENTRY);
    }

    private static Optional<String> enabled(String text) throws SettingsRefusedException {
        return ClaudeSettingsText.parse(text).withoutDeny(entry -> DenyEntry.turnsOff(entry, "reviewer"));
    }

    private static String roundTrip(String original) throws SettingsRefusedException {
        String off = disabled(original);
        assertThat(ClaudeSettingsText.parse(off).denyEntries()).contains(ENTRY);
        String on = enabled(off).orElseThrow();
        assertThat(on).isEqualTo(original);
        return off;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Claude Code's own layout: two spaces, an allow list and an empty deny list.
            "{\n  \"permissions\": {\n    \"allow\": [\n      \"Bash(npm test)\"\n    ],\n    \"deny\": []\n  }\n}\n",
            // deny with entries, four spaces, other keys before and after
            "{\n    \"model\": \"opus\",\n    \"permissions\": {\n        \"deny\": [\n            \"Read(./.env)\",\n            \"WebFetch\"\n        ],\n        \"allow\": [\"Read\"]\n    },\n    \"env\": {\"A\": \"1\"}\n}\n",
            // one deny entry on its own line
            "{\n  \"permissions\": {\n    \"deny\": [\n      \"Bash(rm:*)\"\n    ]\n  }\n}",
            // tabs, and a permissions object without deny
            "{\n\t\"permissions\": {\n\t\t\"allow\": [\"Read\", \"Grep\"]\n\t},\n\t\"hooks\": {}\n}\n",
            // no permissions key at all
            "{\n  \"model\": \"sonnet\",\n  \"env\": {\n    \"DEBUG\": \"1\"\n  }\n}\n",
            // CRLF everywhere
            "{\r\n  \"permissions\": {\r\n    \"allow\": [\r\n      \"Read\"\r\n    ]\r\n  }\r\n}\r\n",
            "{\r\n  \"includeCoAuthoredBy\": false\r\n}\r\n",
            // one line, no spaces
            "{\"model\":\"opus\",\"permissions\":{\"deny\":[\"WebFetch\",\"Bash\"]}}",
            // an empty permissions object, an empty file object
            "{\n  \"permissions\": {}\n}\n",
            "{}",
            "\uFEFF{\n  \"model\": \"opus\"\n}\n",
    })
    void turningAnAgentOffAndOnAgainKeepsEveryByte(String original) throws SettingsRefusedException {
        roundTrip(original);
    }

    @Test
    void theEntryFollowsTheLayoutOfTheList() throws SettingsRefusedException {
        assertThat(disabled("{\n  \"permissions\": {\n    \"deny\": [\n      \"WebFetch\"\n    ]\n  }\n}\n"))
                .isEqualTo("{\n  \"permissions\": {\n    \"deny\": [\n      \"WebFetch\",\n      \"Agent(reviewer)\"\n    ]\n  }\n}\n");
        assertThat(disabled("{\"permissions\": {\"deny\": []}}")).isEqualTo("{\"permissions\": {\"deny\": [\"Agent(reviewer)\"]}}");
    }

    @Test
    void aMissingPermissionsIsWrittenInTheFilesIndentationAndLineEnding() throws SettingsRefusedException {
        assertThat(disabled("{\r\n    \"model\": \"opus\"\r\n}\r\n")).isEqualTo("{\r\n    \"model\": \"opus\",\r\n"
                + "    \"permissions\": {\r\n        \"deny\": [\r\n            \"Agent(reviewer)\"\r\n        ]\r\n    }\r\n}\r\n");
    }

    @Test
    void aNewFileIsSmallAndPrettyAndGoesAgainWhenTheAgentIsOnAgain() throws SettingsRefusedException {
        String created = ClaudeSettingsText.created(ENTRY);
        assertThat(created).isEqualTo("{\n  \"permissions\": {\n    \"deny\": [\n      \"Agent(reviewer)\"\n    ]\n  }\n}\n");
        assertThat(enabled(created)).isEmpty();
    }

    @Test
    void aHandWrittenLastEntryLeavesItsEmptyList() throws SettingsRefusedException {
        String handWritten = "{\n  \"permissions\": {\n    \"deny\": [ \"Agent(reviewer)\" ],\n    \"allow\": []\n  }\n}\n";
        assertThat(enabled(handWritten)).contains("{\n  \"permissions\": {\n    \"deny\": [],\n    \"allow\": []\n  }\n}\n");
    }

    @Test
    void theOldTaskSpellingAndEveryEntryForTheAgentAreRead() throws SettingsRefusedException {
        String text = "{\"permissions\": {\"deny\": [\"Task(reviewer)\", \"Bash\", \"Agent( other )\"]}}";
        assertThat(ClaudeSettingsText.parse(text).denyEntries()).containsExactly("Task(reviewer)", "Bash", "Agent( other )");
        assertThat(enabled(text)).contains("{\"permissions\": {\"deny\": [\"Bash\", \"Agent( other )\"]}}");
        assertThat(DenyEntry.agentOf("Agent( other )")).contains("other");
        assertThat(DenyEntry.agentOf("Agent")).isEmpty();
    }

    @Test
    void namesThatNeedEscapingAreWrittenAsJson() throws SettingsRefusedException {
        String off = ClaudeSettingsText.parse("{}").withDeny("Agent(say \"hi\")");
        assertThat(off).isEqualTo("{\"permissions\": {\"deny\": [\"Agent(say \\\"hi\\\")\"]}}");
        assertThat(ClaudeSettingsText.parse(off).denyEntries()).containsExactly("Agent(say \"hi\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"permissions\": {\"deny\": [\"a\",]}}", "// comment\n{}", "{} {}", "[]", "", "{\"a\": 1"})
    void aFileThatIsNotAJsonObjectIsRefusedWithWhereItBreaks(String broken) {
        assertThatThrownBy(() -> ClaudeSettingsText.parse(broken)).isInstanceOf(SettingsRefusedException.class)
                .hasMessageMatching("is not (valid JSON \\(.+\\)|a JSON object.*)");
    }

    @Test
    void permissionsOfAnotherShapeAreRefused() {
        assertThatThrownBy(() -> disabled("{\"permissions\": {\"deny\": \"Agent(x)\"}}"))
                .isInstanceOf(SettingsRefusedException.class).hasMessageContaining("\"permissions.deny\" that is not a list");
        assertThatThrownBy(() -> disabled("{\"permissions\": []}"))
                .isInstanceOf(SettingsRefusedException.class).hasMessageContaining("\"permissions\" that is not an object");
    }
}
