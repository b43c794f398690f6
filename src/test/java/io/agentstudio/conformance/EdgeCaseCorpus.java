package io.agentstudio.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The edge-case corpus the real loaders are run on (conformance/record.mjs) and the studio's rules are held against
 * (LoaderConformanceTest): every field of Claude Code and Gemini CLI with valid, wrong-type and out-of-range values,
 * YAML oddities, encodings, name forms, frontmatter forms, folders and duplicates. Generated, never hand-written
 * files, so the recorded verdicts always match bytes the generator makes (each verdict names the file's SHA-256).
 * Changing a case means re-recording: the test says so.
 */
public final class EdgeCaseCorpus {
    static final String CLAUDE = "claude-code";
    static final String GEMINI = "gemini";
    private static final String BODY = "You check one edge case of an agent file.\n";

    private final List<EdgeCase> cases = new ArrayList<>();

    private EdgeCaseCorpus() {
    }

    public static List<EdgeCase> all() {
        EdgeCaseCorpus corpus = new EdgeCaseCorpus();
        corpus.claude();
        corpus.gemini();
        return List.copyOf(corpus.cases);
    }

    // ---- Claude Code ------------------------------------------------------------------------------------------

    private void claude() {
        claudeFrontmatterForms();
        claudeEncodings();
        claudeNames();
        claudeDescriptions();
        claudeYaml();
        claudeFields();
        claudeFolders();
    }

    private void claudeFrontmatterForms() {
        cc("fm-valid-minimal", "name: fm-valid-minimal\ndescription: A minimal valid agent.\n");
        ccRaw("fm-missing", "# Reviewer\n\nYou review code.\n");
        ccRaw("fm-unclosed", "---\nname: fm-unclosed\ndescription: Never closed.\n\nYou review code.\n");
        ccRaw("fm-closed-56-dashes", "---\nname: fm-closed-56-dashes\ndescription: Closed by many dashes.\n"
                + "-".repeat(56) + "\n" + BODY);
        ccRaw("fm-closed-trailing-spaces", "---\nname: fm-closed-trailing-spaces\ndescription: Closing fence has spaces.\n---   \n" + BODY);
        ccRaw("fm-opened-trailing-spaces", "---  \nname: fm-opened-trailing-spaces\ndescription: Opening fence has spaces.\n---\n" + BODY);
        ccRaw("fm-opened-four-dashes", "----\nname: fm-opened-four-dashes\ndescription: Opened by four dashes.\n---\n" + BODY);
        ccRaw("fm-leading-blank-line", "\n---\nname: fm-leading-blank-line\ndescription: A blank line before the fence.\n---\n" + BODY);
        ccRaw("fm-leading-space", " ---\nname: fm-leading-space\ndescription: A space before the fence.\n---\n" + BODY);
        ccRaw("fm-closed-dots", "---\nname: fm-closed-dots\ndescription: Closed by a YAML document end.\n...\n" + BODY);
        ccRaw("fm-empty", "---\n---\n" + BODY);
        ccRaw("fm-only", "---\nname: fm-only\ndescription: No body at all.\n---\n");
        ccRaw("fm-only-no-newline", "---\nname: fm-only-no-newline\ndescription: No newline after the fence.\n---");
        ccRaw("fm-dashes-inside-value", "---\nname: fm-dashes-inside-value\ndescription: Splits a---b in the middle.\n---\n" + BODY);
        ccRaw("fm-body-has-rule", "---\nname: fm-body-has-rule\ndescription: The body holds a horizontal rule.\n---\nIntro\n\n---\n\nMore.\n");
        ccRaw("fm-two-blocks", "---\nname: fm-two-blocks\ndescription: First block.\n---\n---\nname: other\n---\n" + BODY);
        ccRaw("fm-closing-with-text", "---\nname: fm-closing-with-text\ndescription: Text after the closing fence.\n--- trailing\n" + BODY);
        ccRaw("fm-comment-only", "---\n# just a comment\n---\n" + BODY);
        ccRaw("fm-scalar", "---\njust some text\n---\n" + BODY);
        ccRaw("fm-list", "---\n- name: fm-list\n- description: A list, not a mapping.\n---\n" + BODY);
        ccRaw("fm-flow-mapping", "---\n{name: fm-flow-mapping, description: The whole frontmatter as a flow mapping.}\n---\n" + BODY);
        ccRaw("fm-big-body", "---\nname: fm-big-body\ndescription: A body of 60,000 characters.\n---\n"
                + "Review the code carefully.\n".repeat(2300));
        ccRaw("fm-huge-frontmatter", "---\nname: fm-huge-frontmatter\ndescription: " + "word ".repeat(14000) + "\n---\n" + BODY);
    }

    private void claudeEncodings() {
        String text = "---\nname: %s\ndescription: Checks an encoding.\n---\n" + BODY;
        ccBytes("enc-bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text.formatted("enc-bom"))));
        ccRaw("enc-crlf", text.formatted("enc-crlf").replace("\n", "\r\n"));
        ccRaw("enc-crlf-last-lone-cr", text.formatted("enc-crlf-last-lone-cr").replace("\n", "\r\n").stripTrailing() + "\r");
        ccRaw("enc-lone-cr", text.formatted("enc-lone-cr").replace("\n", "\r"));
        ccRaw("enc-mixed-endings", "---\r\nname: enc-mixed-endings\ndescription: Mixed line endings.\r\n---\n" + BODY);
        ccBytes("enc-invalid-utf8-body", concat(utf8(text.formatted("enc-invalid-utf8-body")), new byte[] {(byte) 0xC3, 0x28, '\n'}));
        ccBytes("enc-invalid-utf8-description", concat(utf8("---\nname: enc-invalid-utf8-description\ndescription: Caf"),
                new byte[] {(byte) 0xE9}, utf8(" reviewer.\n---\n" + BODY)));
        ccBytes("enc-utf16le-bom", utf16le(text.formatted("enc-utf16le-bom")));
        ccBytes("enc-nul-in-body", concat(utf8(text.formatted("enc-nul-in-body")), new byte[] {0, '\n'}));
        ccRaw("enc-mojibake", "---\nname: enc-mojibake\ndescription: RÃ©viewer â€™s agent ðŸ”—.\n---\n" + BODY);
        ccRaw("enc-nbsp-after-colon", "---\nname:\u00a0enc-nbsp-after-colon\ndescription: A no-break space after the colon.\n---\n" + BODY);
        ccRaw("enc-line-separator", "---\nname: enc-line-separator\ndescription: A line\u2028separator inside.\n---\n" + BODY);
    }

    private void claudeNames() {
        String[][] names = {
                {"name-capitals", "Code-Reviewer"},
                {"name-spaces", "code reviewer"},
                {"name-underscore", "code_reviewer"},
                {"name-dot", "code.reviewer"},
                {"name-slash", "team/reviewer"},
                {"name-colon", "\"team:reviewer\""},
                {"name-fullwidth-colon", "team\uff1areviewer"},
                {"name-leading-dash", "-reviewer"},
                {"name-leading-dash-quoted", "\"-reviewer\""},
                {"name-trailing-dash", "reviewer-"},
                {"name-number", "12345"},
                {"name-float", "1.5"},
                {"name-true", "true"},
                {"name-yes", "yes"},
                {"name-null", "null"},
                {"name-tilde", "~"},
                {"name-empty", ""},
                {"name-empty-quoted", "\"\""},
                {"name-blank-quoted", "\"   \""},
                {"name-quoted-number", "\"12345\""},
                {"name-date", "2024-01-01"},
                {"name-flow-list", "[name-flow-list, other]"},
                {"name-flow-map", "{a: b}"},
                {"name-unicode", "r\u00ebviewer"},
                {"name-emoji", "\ud83e\udd16-bot"},
                {"name-64-chars", "a".repeat(64)},
                {"name-256-chars", "b".repeat(256)},
                {"name-257-chars", "c".repeat(257)},
                {"name-hash-comment", "name-hash-comment # a comment"},
                {"name-hash-inside", "name#inside"},
                {"name-single-quoted", "'name-single-quoted'"},
                {"name-trailing-space-quoted", "\"trailing \""},
                {"name-leading-digit", "1st-reviewer"},
                {"name-double-hyphen", "code--reviewer"},
                {"name-hex", "0x1F"},
        };
        for (String[] n : names) {
            cc(n[0], "name: " + n[1] + "\ndescription: Checks a form of the name.\n");
        }
        cc("name-missing", "description: Has no name.\n");
        cc("name-key-capitalised", "Name: name-key-capitalised\ndescription: The key is Name.\n");
        cc("name-block-scalar", "name: |\n  name-block-scalar\ndescription: The name as a block scalar.\n");
    }

    private void claudeDescriptions() {
        String[][] descriptions = {
                {"desc-missing", null},
                {"desc-empty", ""},
                {"desc-empty-quoted", "\"\""},
                {"desc-blank-quoted", "\"   \""},
                {"desc-number", "42"},
                {"desc-true", "true"},
                {"desc-null", "null"},
                {"desc-flow-list", "[one, two]"},
                {"desc-flow-map", "{a: b}"},
                {"desc-block-literal", "|\n  Reviews code.\n  Use after each change."},
                {"desc-block-folded", ">\n  Reviews code.\n  Use after each change."},
                {"desc-double-quoted-escapes", "\"Reviews code.\\nUse after each change.\\n\\n<example>Context: a</example>\""},
                {"desc-literal-backslash-n", "Reviews code.\\nUse after each change."},
                {"desc-starts-bold", "**Expert** reviewer of code."},
                {"desc-starts-star", "*alias reviewer of code."},
                {"desc-starts-ampersand", "&anchor reviewer of code."},
                {"desc-starts-bang", "!tag reviewer of code."},
                {"desc-starts-at", "@team reviewer of code."},
                {"desc-starts-backtick", "`code` reviewer."},
                {"desc-starts-percent", "%50 reviewer of code."},
                {"desc-starts-pipe-text", "| reviewer of code."},
                {"desc-starts-gt-text", "> reviewer of code."},
                {"desc-starts-bracket", "[draft] reviewer of code."},
                {"desc-starts-brace", "{draft} reviewer of code."},
                {"desc-starts-dash", "- reviewer of code."},
                {"desc-starts-question", "? reviewer of code."},
                {"desc-starts-quote-unbalanced", "\"reviewer of code."},
                {"desc-single-quoted", "'It''s a reviewer.'"},
                {"desc-colon-space", "Use when: reviewing code."},
                {"desc-colon-example", "Use it. <example>Context: a user asks. user: review this</example>"},
                {"desc-two-colons", "a: b: c"},
                {"desc-hash-comment", "Reviews code # not a comment?"},
                {"desc-hash-no-space", "Reviews C#code."},
                {"desc-tab-inside", "Reviews\tcode."},
                {"desc-plain-multiline", "Reviews code\n  and more on the next line."},
                {"desc-plain-multiline-unindented", "Reviews code\nand more on an unindented line."},
                {"desc-plain-multiline-colon", "Reviews code\n  Context: on the next line."},
                {"desc-very-long", "Reviews code. ".repeat(400)},
                {"desc-html", "<script>alert(1)</script> reviewer."},
                {"desc-ends-colon", "Use for:"},
                {"desc-comma-list", "one, two, three"},
        };
        for (String[] d : descriptions) {
            cc(d[0], "name: " + d[0] + "\n" + (d[1] == null ? "" : "description: " + d[1] + "\n"));
        }
        cc("desc-key-capitalised", "name: desc-key-capitalised\nDescription: The key is Description.\n");
    }

    private void claudeYaml() {
        cc("yaml-tab-indented-key", "name: yaml-tab-indented-key\n\tdescription: A tab before the key.\n");
        cc("yaml-tab-indented-list", "name: yaml-tab-indented-list\ndescription: A list indented by a tab.\ntools:\n\t- Read\n");
        cc("yaml-tab-after-colon", "name: yaml-tab-after-colon\ndescription:\tA tab after the colon.\n");
        cc("yaml-duplicate-name", "name: yaml-duplicate-name\ndescription: The name twice.\nname: yaml-duplicate-name-2\n");
        cc("yaml-duplicate-description", "name: yaml-duplicate-description\ndescription: First.\ndescription: Second.\n");
        cc("yaml-duplicate-unknown", "name: yaml-duplicate-unknown\ndescription: An unknown key twice.\nfoo: 1\nfoo: 2\n");
        cc("yaml-anchor-alias", "name: yaml-anchor-alias\ndescription: &d Reviews code.\ninitialPrompt: *d\n");
        cc("yaml-undefined-alias", "name: yaml-undefined-alias\ndescription: Reviews code.\ninitialPrompt: *nothing\n");
        cc("yaml-merge-key", "base: &b\n  description: Merged in.\nname: yaml-merge-key\n<<: *b\n");
        cc("yaml-comment-lines", "# a comment\nname: yaml-comment-lines # trailing\n# another\ndescription: Reviews code.\n");
        cc("yaml-blank-lines", "\nname: yaml-blank-lines\n\n\ndescription: Reviews code.\n\n");
        cc("yaml-indented-all", "  name: yaml-indented-all\n  description: Every line indented.\n");
        cc("yaml-indented-one", "name: yaml-indented-one\n  description: One line indented.\n");
        cc("yaml-quoted-keys", "\"name\": yaml-quoted-keys\n'description': Quoted keys.\n");
        cc("yaml-key-no-space", "name:yaml-key-no-space\ndescription: No space after the name's colon.\n");
        cc("yaml-key-no-value", "name: yaml-key-no-value\ndescription: A key without a value follows.\ntools:\n");
        cc("yaml-complex-key", "name: yaml-complex-key\ndescription: A complex key.\n? [a, b]\n: c\n");
        cc("yaml-tag", "name: !!str yaml-tag\ndescription: !!str Tagged values.\n");
        cc("yaml-unknown-tag", "name: yaml-unknown-tag\ndescription: !custom Tagged values.\n");
        cc("yaml-binary-tag", "name: yaml-binary-tag\ndescription: A binary value.\nfoo: !!binary aGVsbG8=\n");
        cc("yaml-document-marker", "%YAML 1.2\nname: yaml-document-marker\ndescription: A directive line.\n");
        cc("yaml-bad-indent-list", "name: yaml-bad-indent-list\ndescription: A list indented wrongly.\ntools:\n  - Read\n - Grep\n");
        cc("yaml-unclosed-flow", "name: yaml-unclosed-flow\ndescription: An unclosed flow list.\ntools: [Read, Grep\n");
        cc("yaml-unclosed-quote", "name: yaml-unclosed-quote\ndescription: \"Never closed.\n");
        cc("yaml-deep-nesting", "name: yaml-deep-nesting\ndescription: Deep nesting.\nfoo: " + "[".repeat(60) + "]".repeat(60) + "\n");
        cc("yaml-many-aliases", "name: yaml-many-aliases\ndescription: Aliases that grow.\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\n");
        cc("yaml-colon-in-key", "name: yaml-colon-in-key\ndescription: A colon in a key.\nfoo:bar: baz\n");
        cc("yaml-yes-no", "name: yaml-yes-no\ndescription: YAML 1.1 booleans.\nbackground: yes\n");
    }

    private void claudeFields() {
        String[][] values = {
                {"tools", "Read, Grep, Glob"},
                {"tools", "[Read, Grep, Glob]"},
                {"tools", "\n  - Read\n  - Grep"},
                {"tools", "Read Grep Glob"},
                {"tools", "Reed, Grep"},
                {"tools", "Foo, Bar"},
                {"tools", "MultiEdit, LS"},
                {"tools", "PowerShell, LSP, Monitor, ToolSearch, SendMessage, TaskStop, EnterWorktree"},
                {"tools", "Agent(code-reviewer, tester), Read"},
                {"tools", "Task(code-reviewer)"},
                {"tools", "mcp__github__create_issue, mcp__github"},
                {"tools", "\"*\""},
                {"tools", "\"\""},
                {"tools", "[]"},
                {"tools", "5"},
                {"tools", "{Read: true}"},
                {"tools", "Read, Read"},
                {"tools", "read, grep"},
                {"tools", "AskUserQuestion, EnterPlanMode"},
                {"disallowedTools", "mcp__*"},
                {"disallowedTools", "Write, Edit"},
                {"disallowedTools", "[Bash]"},
                {"disallowedTools", "5"},
                {"model", "sonnet"},
                {"model", "opus"},
                {"model", "haiku"},
                {"model", "fable"},
                {"model", "best"},
                {"model", "opusplan"},
                {"model", "opus[1m]"},
                {"model", "sonnet[1m]"},
                {"model", "inherit"},
                {"model", "INHERIT"},
                {"model", "claude-opus-5"},
                {"model", "claude-sonnet-4-5-20250929"},
                {"model", "us.anthropic.claude-sonnet-4-5-20250929-v1:0"},
                {"model", "claude-opus-4-1@20250805"},
                {"model", "gpt-4"},
                {"model", "[sonnet, opus]"},
                {"model", "\"\""},
                {"model", "5"},
                {"model", "true"},
                {"permissionMode", "default"},
                {"permissionMode", "acceptEdits"},
                {"permissionMode", "auto"},
                {"permissionMode", "dontAsk"},
                {"permissionMode", "bypassPermissions"},
                {"permissionMode", "plan"},
                {"permissionMode", "manual"},
                {"permissionMode", "Plan"},
                {"permissionMode", "nope"},
                {"permissionMode", "5"},
                {"maxTurns", "5"},
                {"maxTurns", "0"},
                {"maxTurns", "-1"},
                {"maxTurns", "1.5"},
                {"maxTurns", "\"5\""},
                {"maxTurns", "ten"},
                {"maxTurns", "99999999999999999999"},
                {"skills", "[review, testing]"},
                {"skills", "review"},
                {"skills", "5"},
                {"skills", "[]"},
                {"mcpServers", "[github, slack]"},
                {"mcpServers", "\n  - github:\n      command: gh-mcp"},
                {"mcpServers", "{github: {command: gh-mcp}}"},
                {"mcpServers", "github"},
                {"mcpServers", "\n  - {a: {command: x}, b: {command: y}}"},
                {"hooks", "{}"},
                {"hooks", "[]"},
                {"hooks", "\n  PreToolUse:\n    - matcher: Bash\n      hooks:\n        - type: command\n          command: echo hi"},
                {"hooks", "foo"},
                {"hooks", "\n  PreToolUse: []"},
                {"hooks", "\n  NotAnEvent:\n    - hooks: []"},
                {"memory", "user"},
                {"memory", "project"},
                {"memory", "local"},
                {"memory", "global"},
                {"memory", "5"},
                {"background", "true"},
                {"background", "false"},
                {"background", "\"true\""},
                {"background", "1"},
                {"background", "maybe"},
                {"effort", "low"},
                {"effort", "medium"},
                {"effort", "high"},
                {"effort", "xhigh"},
                {"effort", "max"},
                {"effort", "5"},
                {"effort", "ultra"},
                {"effort", "HIGH"},
                {"isolation", "worktree"},
                {"isolation", "remote"},
                {"isolation", "container"},
                {"isolation", "true"},
                {"color", "red"},
                {"color", "cyan"},
                {"color", "teal"},
                {"color", "\"#ff0000\""},
                {"color", "Red"},
                {"color", "5"},
                {"initialPrompt", "Start by reading the diff."},
                {"initialPrompt", "5"},
                {"initialPrompt", "[a, b]"},
                {"foo", "bar"},
                {"version", "1.0.0"},
                {"author", "Someone"},
                {"tags", "[review, quality]"},
                {"Tools", "Read"},
                {"allowed-tools", "Read"},
                {"omitClaudeMd", "true"},
                {"autoCompactWindow", "100000"},
                {"autoCompactWindow", "10"},
                {"observer", "reviewer"},
                {"PreToolUse", "[]"},
                {"mode", "subagent"},
                {"temperature", "0.2"},
        };
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String[] v : values) {
            int n = seen.merge(kebab(v[0]), 1, Integer::sum);
            String id = "field-" + kebab(v[0]) + "-" + n;
            cc(id, "name: " + id + "\ndescription: Checks a value of " + v[0] + ".\n" + v[0] + ":" + (v[1].startsWith("\n") ? "" : " ")
                    + v[1] + "\n");
        }
    }

    private void claudeFolders() {
        String agent = "---\nname: %s\ndescription: Checks where agents are found.\n---\n" + BODY;
        cases.add(EdgeCase.single("folder-subfolder", CLAUDE, ".claude/agents/team/folder-subfolder.md", agent.formatted("folder-subfolder")));
        cases.add(EdgeCase.single("folder-txt-file", CLAUDE, ".claude/agents/folder-txt-file.txt", agent.formatted("folder-txt-file")));
        cases.add(EdgeCase.single("folder-upper-extension", CLAUDE, ".claude/agents/folder-upper-extension.MD",
                agent.formatted("folder-upper-extension")));
        cases.add(EdgeCase.single("folder-hidden-file", CLAUDE, ".claude/agents/.folder-hidden-file.md", agent.formatted("folder-hidden-file")));
        cases.add(EdgeCase.single("folder-underscore-file", CLAUDE, ".claude/agents/_folder-underscore-file.md",
                agent.formatted("folder-underscore-file")));
        cases.add(EdgeCase.single("folder-readme", CLAUDE, ".claude/agents/README.md", "# Our agents\n\nSee the files here.\n"));
        cases.add(new EdgeCase("folder-duplicate-same-folder", CLAUDE, "", linked(
                ".claude/agents/first.md", "---\nname: twin\ndescription: The first twin.\n---\n" + BODY,
                ".claude/agents/second.md", "---\nname: twin\ndescription: The second twin.\n---\n" + BODY)));
        cases.add(new EdgeCase("folder-duplicate-subfolders", CLAUDE, "", linked(
                ".claude/agents/a/twin.md", "---\nname: twin\ndescription: The twin in a.\n---\n" + BODY,
                ".claude/agents/b/twin.md", "---\nname: twin\ndescription: The twin in b.\n---\n" + BODY)));
        cases.add(new EdgeCase("folder-nested-closest-wins", CLAUDE, "pkg/app", linked(
                ".claude/agents/twin.md", "---\nname: twin\ndescription: The twin at the root.\n---\n" + BODY,
                "pkg/app/.claude/agents/twin.md", "---\nname: twin\ndescription: The twin next to the app.\n---\n" + BODY)));
        cases.add(new EdgeCase("folder-nested-below-cwd", CLAUDE, "", linked(
                ".claude/agents/root-agent.md", agent.formatted("root-agent"),
                "pkg/app/.claude/agents/below-agent.md", agent.formatted("below-agent"))));
    }

    // ---- Gemini CLI -------------------------------------------------------------------------------------------

    private void gemini() {
        String text = "---\nname: %s\ndescription: Checks an encoding.\n---\n" + BODY;
        gm("g-valid-minimal", "name: g-valid-minimal\ndescription: A minimal valid agent.\n");
        gmRaw("g-fm-missing", "# Reviewer\n\nYou review code.\n");
        gmRaw("g-fm-unclosed", "---\nname: g-fm-unclosed\ndescription: Never closed.\n\nYou review code.\n");
        gmRaw("g-fm-closed-56-dashes", "---\nname: g-fm-closed-56-dashes\ndescription: Closed by many dashes.\n" + "-".repeat(56) + "\n" + BODY);
        gmRaw("g-fm-closed-trailing-spaces", "---\nname: g-fm-closed-trailing-spaces\ndescription: Spaces after the fence.\n---  \n" + BODY);
        gmRaw("g-fm-opened-trailing-spaces", "---  \nname: g-fm-opened-trailing-spaces\ndescription: Spaces after the fence.\n---\n" + BODY);
        gmRaw("g-fm-leading-blank-line", "\n---\nname: g-fm-leading-blank-line\ndescription: A blank line first.\n---\n" + BODY);
        gmRaw("g-fm-empty", "---\n---\n" + BODY);
        gmRaw("g-fm-only", "---\nname: g-fm-only\ndescription: No body.\n---\n");
        gmRaw("g-fm-only-no-newline", "---\nname: g-fm-only-no-newline\ndescription: No newline after the fence.\n---");
        gmRaw("g-fm-scalar", "---\njust some text\n---\n" + BODY);
        gmRaw("g-fm-remote-list", "---\n- name: g-fm-remote-list\n  agent_card_url: https://example.com/card.json\n---\n");
        gmRaw("g-fm-list", "---\n- name: g-fm-list\n- description: A list.\n---\n" + BODY);
        gmBytes("g-enc-bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text.formatted("g-enc-bom"))));
        gmRaw("g-enc-crlf", text.formatted("g-enc-crlf").replace("\n", "\r\n"));
        gmRaw("g-enc-lone-cr", text.formatted("g-enc-lone-cr").replace("\n", "\r"));
        gmBytes("g-enc-invalid-utf8", concat(utf8("---\nname: g-enc-invalid-utf8\ndescription: Caf"), new byte[] {(byte) 0xE9},
                utf8(" reviewer.\n---\n" + BODY)));
        gmRaw("g-enc-nbsp-after-colon", "---\nname:\u00a0g-enc-nbsp-after-colon\ndescription: A no-break space.\n---\n" + BODY);

        String[][] names = {
                {"g-name-underscore", "code_reviewer"}, {"g-name-capitals", "Code-Reviewer"}, {"g-name-spaces", "code reviewer"},
                {"g-name-dot", "code.reviewer"}, {"g-name-leading-dash", "-reviewer"}, {"g-name-leading-underscore", "_reviewer"},
                {"g-name-number", "12345"}, {"g-name-quoted-number", "\"12345\""}, {"g-name-true", "true"}, {"g-name-yes", "yes"},
                {"g-name-date", "2024-01-01"}, {"g-name-empty", "\"\""}, {"g-name-null", "null"}, {"g-name-colon", "\"team:reviewer\""},
                {"g-name-slash", "team/reviewer"}, {"g-name-unicode", "r\u00ebviewer"}, {"g-name-long", "d".repeat(300)},
                {"g-name-double-underscore", "a__b"}, {"g-name-trailing-dash", "reviewer-"},
        };
        for (String[] n : names) {
            gm(n[0], "name: " + n[1] + "\ndescription: Checks a form of the name.\n");
        }
        gm("g-name-missing", "description: Has no name.\n");

        String[][] descriptions = {
                {"g-desc-missing", null}, {"g-desc-empty", "\"\""}, {"g-desc-number", "42"}, {"g-desc-starts-bold", "**Expert** reviewer."},
                {"g-desc-colon-space", "Use when: reviewing code."}, {"g-desc-two-colons", "a: b: c"}, {"g-desc-hash", "Reviews code # note"},
                {"g-desc-block", "|\n  Reviews code.\n  Use after each change."}, {"g-desc-literal-backslash-n", "Reviews.\\nThen more."},
                {"g-desc-starts-backtick", "`code` reviewer."}, {"g-desc-starts-at", "@team reviewer."},
                {"g-desc-plain-multiline", "Reviews code\n  and more."}, {"g-desc-flow-list", "[one, two]"},
        };
        for (String[] d : descriptions) {
            gm(d[0], "name: " + d[0] + "\n" + (d[1] == null ? "" : "description: " + d[1] + "\n"));
        }

        gm("g-yaml-tab-indented-key", "name: g-yaml-tab-indented-key\n\tdescription: A tab before the key.\n");
        gm("g-yaml-duplicate-key", "name: g-yaml-duplicate-key\ndescription: First.\ndescription: Second.\n");
        gm("g-yaml-anchor-alias", "name: g-yaml-anchor-alias\ndescription: &d Reviews code.\ndisplay_name: *d\n");
        gm("g-yaml-merge-key", "base: &b\n  description: Merged in.\nname: g-yaml-merge-key\n<<: *b\n");
        gm("g-yaml-comment-lines", "# a comment\nname: g-yaml-comment-lines # trailing\ndescription: Reviews code.\n");
        gm("g-yaml-unclosed-flow", "name: g-yaml-unclosed-flow\ndescription: Unclosed.\ntools: [read_file, glob\n");
        gm("g-yaml-tag", "name: !!str g-yaml-tag\ndescription: Tagged.\n");

        String[][] values = {
                {"kind", "local"}, {"kind", "remote"}, {"kind", "cloud"}, {"kind", "5"},
                {"display_name", "Code Reviewer"}, {"display_name", "5"},
                {"tools", "[read_file, grep_search, glob]"}, {"tools", "\n  - read_file\n  - write_file"},
                {"tools", "[search_file_content]"}, {"tools", "[save_memory]"}, {"tools", "[read_many_files, replace, run_shell_command]"},
                {"tools", "[web_fetch, google_web_search, list_directory, write_todos]"}, {"tools", "[activate_skill, ask_user]"},
                {"tools", "[\"*\"]"}, {"tools", "[\"mcp_*\"]"}, {"tools", "[mcp_github_create_issue]"}, {"tools", "[\"mcp_github_*\"]"},
                {"tools", "[mcp__github]"}, {"tools", "[Read, Grep]"}, {"tools", "read_file, glob"}, {"tools", "[]"},
                {"tools", "[read_file, read_file]"}, {"tools", "[5]"}, {"tools", "[codebase_investigator]"}, {"tools", "[get_internal_docs]"},
                {"tools", "[edit]"}, {"tools", "[shell]"},
                {"mcp_servers", "\n  github:\n    command: gh-mcp\n    args: [serve]"}, {"mcp_servers", "[github]"},
                {"mcp_servers", "\n  github:\n    command: 5"}, {"mcp_servers", "\n  github:\n    unknown: x"},
                {"model", "gemini-2.5-pro"}, {"model", "inherit"}, {"model", "5"},
                {"temperature", "0.5"}, {"temperature", "0"}, {"temperature", "2"}, {"temperature", "3"}, {"temperature", "-1"},
                {"temperature", "hot"}, {"temperature", "\"0.5\""},
                {"max_turns", "5"}, {"max_turns", "0"}, {"max_turns", "1.5"}, {"max_turns", "\"5\""}, {"max_turns", "-2"},
                {"timeout_mins", "5"}, {"timeout_mins", "0"}, {"timeout_mins", "1.5"}, {"timeout_mins", "\"5\""},
                {"foo", "bar"}, {"color", "red"}, {"maxTurns", "5"}, {"version", "1.0"}, {"agent_card_url", "https://example.com/card.json"},
                {"auth", "\n  type: apiKey\n  key: abc"}, {"system_prompt", "Be brief."},
        };
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String[] v : values) {
            int n = seen.merge(kebab(v[0]), 1, Integer::sum);
            String id = "g-field-" + kebab(v[0]) + "-" + n;
            gm(id, "name: " + id + "\ndescription: Checks a value of " + v[0] + ".\n" + v[0] + ":" + (v[1].startsWith("\n") ? "" : " ")
                    + v[1] + "\n");
        }
        gmRaw("g-remote-url", "---\nkind: remote\nname: g-remote-url\ndescription: A remote agent.\n"
                + "agent_card_url: https://example.com/card.json\n---\n");
        gmRaw("g-remote-no-url", "---\nkind: remote\nname: g-remote-no-url\ndescription: A remote agent without a card.\n---\n");

        String agent = "---\nname: %s\ndescription: Checks where agents are found.\n---\n" + BODY;
        cases.add(EdgeCase.single("g-folder-subfolder", GEMINI, ".gemini/agents/team/g-folder-subfolder.md", agent.formatted("g-folder-subfolder")));
        cases.add(EdgeCase.single("g-folder-underscore-file", GEMINI, ".gemini/agents/_g-folder-underscore-file.md",
                agent.formatted("g-folder-underscore-file")));
        cases.add(EdgeCase.single("g-folder-upper-extension", GEMINI, ".gemini/agents/g-folder-upper-extension.MD",
                agent.formatted("g-folder-upper-extension")));
        cases.add(EdgeCase.single("g-folder-txt-file", GEMINI, ".gemini/agents/g-folder-txt-file.txt", agent.formatted("g-folder-txt-file")));
        cases.add(EdgeCase.single("g-folder-readme", GEMINI, ".gemini/agents/README.md", "# Our agents\n\nSee the files here.\n"));
        cases.add(new EdgeCase("g-folder-duplicate", GEMINI, "", linked(
                ".gemini/agents/first.md", "---\nname: twin\ndescription: The first twin.\n---\n" + BODY,
                ".gemini/agents/second.md", "---\nname: twin\ndescription: The second twin.\n---\n" + BODY)));
    }

    // ---- building blocks --------------------------------------------------------------------------------------

    private void cc(String id, String yaml) {
        ccRaw(id, "---\n" + yaml + "---\n" + BODY);
    }

    private void ccRaw(String id, String text) {
        ccBytes(id, utf8(text));
    }

    private void ccBytes(String id, byte[] bytes) {
        cases.add(EdgeCase.single(id, CLAUDE, ".claude/agents/" + id + ".md", bytes));
    }

    private void gm(String id, String yaml) {
        gmRaw(id, "---\n" + yaml + "---\n" + BODY);
    }

    private void gmRaw(String id, String text) {
        gmBytes(id, utf8(text));
    }

    private void gmBytes(String id, byte[] bytes) {
        cases.add(EdgeCase.single(id, GEMINI, ".gemini/agents/" + id + ".md", bytes));
    }

    private static Map<String, byte[]> linked(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], utf8(pathsAndTexts[i + 1]));
        }
        return files;
    }

    private static String kebab(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf16le(String text) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
