package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.Severity;
import io.agentstudio.model.TextLines;
import io.agentstudio.model.ValueStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * Tabs in the indentation of frontmatter lines. YAML forbids them there; a tab after a block's own space
 * indentation is content of the block and allowed.
 */
public final class TabIndentationRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("yaml-tab-indentation", Severity.ERROR,
            "A frontmatter line is indented with a tab.",
            "YAML does not allow tabs in indentation: strict loaders reject the frontmatter and the agent is skipped;"
                    + " lenient ones guess the nesting.",
            "Indent with spaces (two for each tab), when the frontmatter then parses.");
    private static final String SPACES_PER_TAB = "  ";

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        AgentDocument document = file.document();
        if (document.state() != FrontmatterState.CLOSED) {
            return;
        }
        List<Integer> tabs = tabOffsets(document);
        if (tabs.isEmpty()) {
            return;
        }
        String more = tabs.size() == 1 ? "" : " (and " + (tabs.size() - 1) + " more line" + (tabs.size() > 2 ? "s" : "") + ")";
        String message = "This frontmatter line is indented with a tab" + more + "; YAML allows only spaces there. Indent with spaces.";
        AgentDocument fixed = untabbed(document, tabs);
        if (fixed.isEditable()) {
            file.report(RULE, tabs.get(0), null, message, new QuickFix.Edit("Indent with spaces", TabIndentationRule::apply));
        } else {
            file.report(RULE, tabs.get(0), null, message);
        }
    }

    private static AgentDocument apply(AgentDocument document) {
        List<Integer> tabs = document.state() == FrontmatterState.CLOSED ? tabOffsets(document) : List.of();
        AgentDocument fixed = untabbed(document, tabs);
        if (tabs.isEmpty() || !fixed.isEditable()) {
            throw new EditRefusedException("No tab-indented line that spaces would repair is left.");
        }
        return fixed;
    }

    /** The offset of the first tab in the indentation of each frontmatter line that has one. */
    private static List<Integer> tabOffsets(AgentDocument document) {
        String text = document.text();
        List<Integer> tabs = new ArrayList<>();
        for (int at = document.yamlStart(); at < document.yamlEnd(); at = TextLines.nextLineStart(text, at)) {
            int i = at;
            while (i < document.yamlEnd() && text.charAt(i) == ' ') {
                i++;
            }
            if (i < document.yamlEnd() && text.charAt(i) == '\t' && !(i > at && insideBlockScalar(document, at))) {
                tabs.add(i);
            }
        }
        return tabs;
    }

    private static boolean insideBlockScalar(AgentDocument document, int lineStart) {
        for (FrontmatterField field : document.fields()) {
            boolean block = field.style() == ValueStyle.LITERAL_BLOCK || field.style() == ValueStyle.FOLDED_BLOCK;
            if (block && lineStart > field.startOffset() && lineStart < field.endOffset()) {
                return true;
            }
        }
        return false;
    }

    /** Every tab in the indentation of the given lines turned into spaces. */
    private static AgentDocument untabbed(AgentDocument document, List<Integer> firstTabs) {
        StringBuilder text = new StringBuilder(document.text());
        for (int k = firstTabs.size() - 1; k >= 0; k--) {
            int i = firstTabs.get(k);
            while (i < text.length() && (text.charAt(i) == '\t' || text.charAt(i) == ' ')) {
                if (text.charAt(i) == '\t') {
                    text.replace(i, i + 1, SPACES_PER_TAB);
                    i += SPACES_PER_TAB.length();
                } else {
                    i++;
                }
            }
        }
        return AgentFileParser.parse(text.toString());
    }
}
