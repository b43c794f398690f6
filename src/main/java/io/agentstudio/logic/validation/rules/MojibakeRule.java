package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Severity;

import java.util.List;

/** Text that was mis-decoded once (UTF-8 read as Windows-1252): see {@link Mojibake}. */
public final class MojibakeRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("text-mojibake", Severity.WARNING,
            "Text looks mis-decoded: UTF-8 read as Windows-1252 and saved again (`Ã©`, `â€™`, `ðŸ”—`).",
            "The model reads the garbled characters as they are; headings, quotes and emoji in the prompt turn into noise.",
            "Turn each mis-decoded run back into the character it stood for, where the bytes survived; runs that lost a"
                    + " byte are left to retype.");

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        List<Mojibake.Run> runs = Mojibake.find(file.chars());
        if (runs.isEmpty()) {
            return;
        }
        Mojibake.Run first = runs.get(0);
        long exact = runs.stream().filter(Mojibake.Run::exact).count();
        long lost = runs.size() - exact;
        StringBuilder message = new StringBuilder().append(runs.size()).append(runs.size() == 1 ? " run" : " runs")
                .append(" of text look mis-decoded (UTF-8 read as Windows-1252), the first `")
                .append(file.text(), first.start(), first.end()).append('`')
                .append(first.exact() ? " for `" + first.repaired() + "`." : ".");
        if (lost == 0) {
            message.append(" Each can be repaired exactly.");
        } else {
            Mojibake.Run broken = runs.stream().filter(r -> !r.exact()).findFirst().orElseThrow();
            message.append(' ').append(lost).append(lost == 1 ? " has" : " have").append(" lost bytes and cannot be repaired exactly (`")
                    .append(file.text(), broken.start(), broken.end()).append("` on line ").append(file.lineOf(broken.start()))
                    .append("): retype ").append(lost == 1 ? "that character." : "those characters.");
        }
        if (exact == 0) {
            file.report(RULE, first.start(), null, message.toString());
            return;
        }
        String title = lost == 0 ? "Repair the mis-decoded text"
                : "Repair the " + exact + (exact == 1 ? " run that can" : " runs that can") + " be repaired exactly";
        file.report(RULE, first.start(), null, message.toString(), new QuickFix.Edit(title, MojibakeRule::repair));
    }

    private static AgentDocument repair(AgentDocument document) {
        List<Mojibake.Run> runs = Mojibake.find(document.text().toCharArray());
        if (runs.stream().noneMatch(Mojibake.Run::exact)) {
            throw new EditRefusedException("No mis-decoded text that can be repaired exactly is left.");
        }
        return AgentFileParser.parse(Mojibake.repairExact(document.text(), runs));
    }
}
