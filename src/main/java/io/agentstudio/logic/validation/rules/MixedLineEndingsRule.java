package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.LineEnding;
import io.agentstudio.model.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines ended by more than one kind of terminator. One exception: a file of CRLF lines whose very last line ends in
 * a lone CR (what some tools leave when they strip a final LF, as in 38 files of one public collection) reads the
 * same everywhere and is not reported.
 */
public final class MixedLineEndingsRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("file-mixed-line-endings", Severity.WARNING,
            "The file mixes line endings (LF, CRLF, lone CR).",
            "Tools that split the frontmatter on one kind of line break misread the others (a stray CR ends up in a value),"
                    + " and every edit shows up as a whole-file change in diffs.",
            "Use the file's most common line ending throughout.");

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /** The kinds, kept once: {@code values()} copies its array on every call. */
    private static final LineEnding[] KINDS = LineEnding.values();

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        if (file.text().indexOf('\r') < 0) {
            return; // only LF: nothing to mix, found by one fast scan (the usual case)
        }
        char[] text = file.chars();
        int[] counts = new int[KINDS.length];
        int[] firstAt = new int[counts.length];
        int length = countedLength(text);
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '\n' || c == '\r') {
                LineEnding kind = c == '\n' ? LineEnding.LF : i + 1 < text.length && text[i + 1] == '\n' ? LineEnding.CRLF : LineEnding.CR;
                if (counts[kind.ordinal()]++ == 0) {
                    firstAt[kind.ordinal()] = i;
                }
                if (kind == LineEnding.CRLF) {
                    i++;
                }
            }
        }
        Map<LineEnding, Integer> present = new EnumMap<>(LineEnding.class);
        for (LineEnding kind : KINDS) {
            if (counts[kind.ordinal()] > 0) {
                present.put(kind, counts[kind.ordinal()]);
            }
        }
        if (present.size() < 2) {
            return;
        }
        LineEnding main = mostCommon(present, file.text());
        LineEnding odd = present.keySet().stream().filter(k -> k != main).min((a, b) -> firstAt[a.ordinal()] - firstAt[b.ordinal()]).orElseThrow();
        StringBuilder tally = new StringBuilder();
        present.forEach((kind, n) -> tally.append(tally.length() == 0 ? "" : ", ").append(n).append(' ').append(kind));
        file.report(RULE, firstAt[odd.ordinal()], null, "The file mixes line endings (" + tally + "); the first " + odd
                        + " ends this line. Save it with " + main + " throughout.",
                new QuickFix.Edit("Use " + main + " line endings throughout", document -> normalize(document, main)));
    }

    /** The text's length without a final lone CR when every other line ends in CRLF. */
    private static int countedLength(char[] text) {
        if (text.length < 2 || text[text.length - 1] != '\r') {
            return text.length;
        }
        boolean anyCrlf = false;
        for (int i = 0; i < text.length - 1; i++) {
            char c = text[i];
            boolean loneLf = c == '\n' && (i == 0 || text[i - 1] != '\r');
            boolean loneCr = c == '\r' && text[i + 1] != '\n';
            if (loneLf || loneCr) {
                return text.length;
            }
            anyCrlf |= c == '\r';
        }
        return anyCrlf ? text.length - 1 : text.length;
    }

    private static LineEnding mostCommon(Map<LineEnding, Integer> counts, String text) {
        int max = counts.values().stream().max(Integer::compare).orElse(0);
        LineEnding first = LineEnding.firstIn(text);
        return counts.get(first) == max ? first
                : counts.entrySet().stream().filter(e -> e.getValue() == max).findFirst().orElseThrow().getKey();
    }

    private static AgentDocument normalize(AgentDocument document, LineEnding target) {
        String normalized = LINE_BREAK.matcher(document.text()).replaceAll(Matcher.quoteReplacement(target.chars()));
        if (normalized.equals(document.text())) {
            throw new EditRefusedException("The file already uses " + target + " throughout.");
        }
        return AgentFileParser.parse(normalized);
    }
}
