package io.agentstudio.logic.validation;

import io.agentstudio.logic.agentfile.YamlLimits;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.loaders.LoaderVerdict;
import io.agentstudio.logic.loaders.ToolLoader;
import io.agentstudio.logic.validation.rules.Secrets;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One agent file being checked: what the rules read (the agent, its dialect's catalog, facts derived once and
 * shared between rules) and where they report. Not thread-safe: one check per file per thread.
 */
public final class FileCheck {
    /**
     * Errors that stay errors when the tool loads the file on its own: a leaked secret, a bug of the studio, and two
     * agents with one name (the tool loads each alone, but drops one of the two).
     */
    private static final Set<String> NOT_ABOUT_LOADING = Set.of("secret-in-file", RuleFailure.RULE.id(),
            "name-duplicate");
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final WorkspaceAgent agent;
    private final DialectCatalog catalog;
    private final RuleSettings settings;
    private final List<Finding> findings = new ArrayList<>();
    private char[] chars;
    private int[] lineStarts;
    private int lineCount;
    private int scannedTo;
    private Node markdown;
    private Optional<LoaderVerdict> verdict;
    private WorkspaceSkill skill;

    private FileCheck(WorkspaceAgent agent, DialectCatalog catalog, RuleSettings settings) {
        this.agent = agent;
        this.catalog = catalog;
        this.settings = settings;
    }

    public static FileCheck of(WorkspaceAgent agent, RuleSettings settings) {
        return new FileCheck(agent, Catalogs.load().of(agent.dialect()), settings);
    }

    /** A check of an agent whose loader verdict was taken earlier, from the whole file (the agent may lack its body). */
    static FileCheck of(WorkspaceAgent agent, RuleSettings settings, Optional<LoaderVerdict> verdict) {
        FileCheck check = of(agent, settings);
        check.verdict = verdict;
        return check;
    }

    /**
     * A check of a skill's {@code SKILL.md}: its fields are judged against the tool's skill catalog (none for a tool
     * the studio describes no skill fields of). {@link #agent()} then stands for the file (its path, tool and
     * document), not for an agent. The tool reads a skill's frontmatter as an agent's (Claude Code repairs the same
     * YAML), so {@link #loaderVerdict()} still says how it reads the fields; and Claude Code loads every skill, so an
     * error about loading is a warning on its skills, as on an agent its loader takes.
     */
    public static FileCheck ofSkill(WorkspaceSkill skill, RuleSettings settings) {
        DialectCatalog catalog = Catalogs.load().skillsOf(skill.tool())
                .orElseGet(() -> new DialectCatalog(skill.tool(), List.of(), List.of()));
        FileCheck check = new FileCheck(new WorkspaceAgent(skill.path(), skill.relativePath(), skill.tool(), skill.document(),
                skill.stamp()), catalog, settings);
        check.skill = skill;
        return check;
    }

    /** What the file is, for messages: "skill" or "agent". */
    public String kind() {
        return skill == null ? "agent" : "skill";
    }

    /** The skill checked, when this is a check of a {@code SKILL.md}. */
    public Optional<WorkspaceSkill> skill() {
        return Optional.ofNullable(skill);
    }

    public WorkspaceAgent agent() {
        return agent;
    }

    public AgentDocument document() {
        return agent.document();
    }

    public DialectCatalog catalog() {
        return catalog;
    }

    public Path path() {
        return agent.path();
    }

    /** The folder the agent's relative path starts from (its own folder for a file checked on its own). */
    public Path workspaceRoot() {
        Path root = agent.path();
        for (int i = 0; i < agent.relativePath().getNameCount(); i++) {
            root = root.getParent();
        }
        return root;
    }

    public String text() {
        return agent.document().text();
    }

    /**
     * True when the frontmatter is there and parsed, so its fields can be judged. While it is missing, unclosed or
     * not YAML, the codec's own finding says so and field rules stay silent rather than report every field missing.
     */
    public boolean fieldsReadable() {
        return document().hasFrontmatter() && document().isEditable();
    }

    public Optional<FrontmatterField> field(String key) {
        return document().field(key);
    }

    /** True when the body is known: after a closed frontmatter, or the whole file when there is none. */
    public boolean bodyReadable() {
        return fieldsReadable() || document().state() == FrontmatterState.NONE;
    }

    /**
     * The text as an array, made once and shared: the rules that look at every character (line endings, mis-decoded
     * text, secrets) loop over it, which is several times faster than {@code String.charAt} before the JIT has warmed
     * up, as in a command-line run. Not to be modified.
     */
    public char[] chars() {
        if (chars == null) {
            chars = text().toCharArray();
        }
        return chars;
    }

    /** Characters in the body (without copying it out of the text). */
    public int bodyLength() {
        return text().length() - document().bodyStart();
    }

    /** True when the body holds only white space. */
    public boolean bodyBlank() {
        String text = text();
        for (int i = document().bodyStart(); i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The body as Markdown, parsed once, with source positions relative to the body's start. */
    public Node markdown() {
        if (markdown == null) {
            markdown = MARKDOWN.parse(document().body());
        }
        return markdown;
    }

    /**
     * What the tool's own loader does with this file, for the tools whose loader the studio reproduces (Claude Code,
     * Gemini CLI); empty for the others. Computed once.
     */
    public Optional<LoaderVerdict> loaderVerdict() {
        if (verdict == null) {
            verdict = ToolLoader.of(agent.dialect()).flatMap(this::readAsTheToolDoes);
        }
        return verdict;
    }

    /** Empty when the frontmatter is beyond what the studio reads: then what the tool does with it is not known. */
    private Optional<LoaderVerdict> readAsTheToolDoes(ToolLoader loader) {
        try {
            return Optional.of(loader.read(text(), agent.relativePath()));
        } catch (YamlLimits.Exceeded e) {
            return Optional.empty();
        }
    }

    /** The name and version of the loader {@link #loaderVerdict()} reproduces. */
    public Optional<String> loaderName() {
        return ToolLoader.of(agent.dialect()).map(ToolLoader::tool);
    }

    /** True when this tool refuses the whole agent over what the rule finds (its catalog makes the rule an error). */
    public boolean toolRefuses(RuleInfo rule) {
        return catalog.severityOf(rule.id()).orElse(rule.severity()) == Severity.ERROR;
    }

    /** True when an error was reported so far. */
    public boolean hasError() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** 1-based line of a character offset in the file. */
    public int lineOf(int offset) {
        return lineIndex(offset) + 1;
    }

    /** 1-based column (in UTF-16 units) of a character offset in the file. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineIndex(offset)] + 1;
    }

    /** Offset of the first character of a 0-based line. */
    public int lineStart(int line) {
        scanLinesTo(Integer.MAX_VALUE - 1);
        return lineStarts[Math.min(Math.max(line, 0), lineCount - 1)];
    }

    /**
     * Offset of {@code token} inside the field's lines after its key, or of the key when the token is not found: so
     * a finding about one tool of a list points at that tool.
     */
    public int offsetIn(FrontmatterField field, String token) {
        int keyStart = field.startOffset() + field.indent();
        int from = keyStart + field.key().length();
        int at = text().substring(0, field.endOffset()).indexOf(token, from);
        return at < 0 ? keyStart : at;
    }

    public void report(RuleInfo rule, int offset, String field, String message, QuickFix... fixes) {
        reportAt(rule, lineOf(offset), columnOf(offset), field, message, fixes);
    }

    /** Reports on the field's key. */
    public void reportOn(RuleInfo rule, FrontmatterField field, String message, QuickFix... fixes) {
        report(rule, field.startOffset() + field.indent(), field.key(), message, fixes);
    }

    /** Reports at a 1-based line and column (0 and 0 for the whole file). */
    public void reportAt(RuleInfo rule, int line, int column, String field, String message, QuickFix... fixes) {
        Optional<Severity> severity = settings.severityOf(rule, catalog.severityOf(rule.id()));
        if (severity.isEmpty()) {
            return;
        }
        Severity reported = severity.get();
        // A message may quote a value; every report (text, JSON, SARIF, the studio, the export) shows only its mask.
        String text = Secrets.mask(message);
        if (reported == Severity.ERROR && !settings.chose(rule) && !NOT_ABOUT_LOADING.contains(rule.id()) && loads()) {
            // The tool's own loader takes this file: the finding is about other tools or about running the agent.
            reported = Severity.WARNING;
            text = text + " " + loaderName().orElseThrow() + " loads the " + kind() + " all the same.";
        }
        findings.add(new Finding(new Problem(rule.id(), reported, text, agent.path(), line, column, field), List.of(fixes)));
    }

    private boolean loads() {
        if (skill != null) {
            // Claude Code loads every SKILL.md whatever its frontmatter (conformance/probes/skills.md).
            return skill.tool() == Dialect.CLAUDE_CODE;
        }
        return loaderVerdict().map(LoaderVerdict::loads).orElse(false);
    }

    /** What was reported so far. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    private int lineIndex(int offset) {
        scanLinesTo(offset);
        int low = 0;
        int high = lineCount - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * Records line starts (a break is LF, CRLF or a lone CR, as in {@link io.agentstudio.model.TextLines}) up to the
     * line holding {@code offset}: most findings are in the frontmatter, so most files are never scanned further.
     */
    private void scanLinesTo(int offset) {
        if (lineStarts == null) {
            lineStarts = new int[16];
            lineCount = 1;
        }
        String text = text();
        int i = scannedTo;
        for (; i < text.length() && lineStarts[lineCount - 1] <= offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (lineCount == lineStarts.length) {
                    lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
                }
                lineStarts[lineCount++] = i + 1;
            }
        }
        scannedTo = i;
    }
}
