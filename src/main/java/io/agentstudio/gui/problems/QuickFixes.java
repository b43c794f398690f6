package io.agentstudio.gui.problems;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.common.FixAction;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.model.AgentDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Turns the engine's quick fixes into commands. An edit fix is applied to the agent's open tab (opened first when
 * needed) through {@code AgentEditing.apply}: one undoable step that marks the tab unsaved. A rename fix renames the
 * file; a create fix writes a new file (a missing skill from a template) and opens it. "Fix all of this kind in this file" is offered where it is safe: the rule has several findings in the file
 * and each has exactly one fix, an edit; they are applied one after the other as a single step, or not at all. "Fix
 * all of this kind in the workspace" does the same across every agent with such findings, as one step of the
 * workspace history: one undo takes it back in every file.
 */
final class QuickFixes {
    private final DialogService dialogs;
    private final FileRenamer renamer;
    private final FileCreator creator;
    private final EditorTabsViewModel tabs;

    QuickFixes(DialogService dialogs, FileRenamer renamer, FileCreator creator, EditorTabsViewModel tabs) {
        this.dialogs = dialogs;
        this.renamer = renamer;
        this.creator = creator;
        this.tabs = tabs;
    }

    /**
     * "Fix all N {@code rule} problems in the workspace", when two or more agents have findings of it and every one
     * of those has exactly one fix, an edit. {@code byFile} gives the findings as they are when the action runs.
     */
    Optional<FixAction> inWorkspace(String rule, Supplier<Map<Path, List<Finding>>> byFile) {
        Map<Path, List<Finding>> fixable = fixable(rule, byFile.get());
        if (fixable.size() < 2) {
            return Optional.empty();
        }
        int count = fixable.values().stream().mapToInt(List::size).sum();
        return Optional.of(new FixAction("Fix all " + count + " " + rule + " problems in the workspace (" + fixable.size() + " agents)",
                () -> fixEverywhere(rule, fixable(rule, byFile.get()))));
    }

    private void fixEverywhere(String rule, Map<Path, List<Finding>> fixable) {
        Map<Path, AgentDocument> edited = new LinkedHashMap<>();
        try {
            fixable.forEach((file, findings) -> tabs.current(file).ifPresent(document -> edited.put(file, all(findings).apply(document))));
        } catch (RuntimeException refused) {
            dialogs.showError("The fixes were not applied", refused.getMessage());
            return;
        }
        if (!tabs.edit("Fix all " + rule + " in the workspace", edited)) {
            dialogs.showError("The fixes were not applied", tabs.commands().messageProperty().get());
        }
    }

    /** The files whose findings of {@code rule} can all be fixed without a choice, in a stable order. */
    private static Map<Path, List<Finding>> fixable(String rule, Map<Path, List<Finding>> byFile) {
        Map<Path, List<Finding>> fixable = new TreeMap<>();
        byFile.forEach((file, findings) -> {
            List<Finding> ofRule = findings.stream().filter(finding -> finding.ruleId().equals(rule)).toList();
            if (!ofRule.isEmpty() && ofRule.stream().allMatch(QuickFixes::hasOneEdit)) {
                fixable.put(file, ofRule);
            }
        });
        return fixable;
    }

    /**
     * The fixes of {@code findings}, all in one file whose findings are {@code ofFile}. {@code editor} gives the file's
     * tab, opening it if needed, when a fix is applied (empty when the file cannot be opened).
     */
    List<FixAction> of(List<Finding> findings, List<Finding> ofFile, Function<Path, Optional<AgentEditorViewModel>> editor) {
        List<FixAction> actions = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>();
        for (Finding finding : findings) {
            rules.add(finding.ruleId());
            for (QuickFix fix : finding.fixes()) {
                actions.add(new FixAction(fix.title(), () -> apply(finding.file(), fix, editor)));
            }
        }
        for (String rule : rules) {
            List<Finding> ofRule = ofFile.stream().filter(finding -> finding.ruleId().equals(rule)).toList();
            if (ofRule.size() > 1 && ofRule.stream().allMatch(QuickFixes::hasOneEdit)) {
                Path file = ofRule.get(0).file();
                actions.add(new FixAction("Fix all " + ofRule.size() + " " + rule + " problems in this file",
                        () -> editor.apply(file).ifPresent(tab -> edit(tab, "Fix all " + rule, all(ofRule)))));
            }
        }
        return actions;
    }

    private void apply(Path file, QuickFix fix, Function<Path, Optional<AgentEditorViewModel>> editor) {
        if (fix instanceof QuickFix.Edit edit) {
            editor.apply(file).ifPresent(tab -> edit(tab, edit.title(), edit::applyTo));
        } else if (fix instanceof QuickFix.Rename rename) {
            renamer.rename(file, rename.newFileName());
        } else if (fix instanceof QuickFix.Create create) {
            creator.create(create);
        }
    }

    private void edit(AgentEditorViewModel tab, String title, UnaryOperator<AgentDocument> change) {
        try {
            tab.apply(title, null, change);
        } catch (RuntimeException refused) {
            dialogs.showError("The fix was not applied", refused.getMessage());
        }
    }

    private static boolean hasOneEdit(Finding finding) {
        return finding.fixes().size() == 1 && finding.fixes().get(0) instanceof QuickFix.Edit;
    }

    /** Each fix derives its change from the document it is given, so they apply in turn to the growing result. */
    private static UnaryOperator<AgentDocument> all(List<Finding> findings) {
        return document -> {
            AgentDocument result = document;
            for (Finding finding : findings) {
                result = ((QuickFix.Edit) finding.fixes().get(0)).applyTo(result);
            }
            return result;
        };
    }
}
