package io.agentstudio.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Dialogs and choosers, behind an interface so ViewModels that ask the user something run in plain tests. */
public interface DialogService {

    /** Lets the user pick a folder; empty when they cancel. {@code initialFolder} may be null. */
    Optional<Path> chooseFolder(String title, Path initialFolder);

    /**
     * Lets the user pick a file to write, of one of {@code extensions} (without the dot, first one offered first); a
     * name typed without an extension gets the chosen one. Empty when they cancel. {@code initialFolder} may be null.
     */
    Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName, List<String> extensions);

    /** Save, discard or cancel, for closing unsaved work; closing the dialog counts as cancel. */
    SaveChoice askToSave(String title, String message);

    /**
     * Save all, discard or cancel, before unsaved work in several places is closed at once (quitting); Cancel is the
     * default, so a reflexive Enter loses nothing, and closing the dialog counts as cancel.
     */
    SaveChoice askToSaveAll(String title, String message);

    /**
     * Asks for a text such as an agent name. {@code check} returns why a text is not acceptable, or an empty string;
     * the dialog does not accept a text with a reason. Empty when cancelled.
     */
    Optional<String> askText(String title, String prompt, String initial, Function<String, String> check);

    /** Lets the user choose a template and a name for a new agent in {@code form}; true when they chose Create. */
    boolean askNewAgent(NewAgentForm form);

    /** Lets the user pick one of {@code options}; empty when cancelled. */
    Optional<String> choose(String title, String prompt, List<String> options);

    /** True when the user confirms. */
    boolean confirm(String title, String message);

    /**
     * Asks before something hard to take back: the button says what happens ({@code action}, "Delete"), and Cancel is
     * the default, so a reflexive Enter does not do it. True when the user chose {@code action}.
     */
    boolean confirmDestructive(String title, String message, String action);

    void showError(String title, String message);

    /** Tells the user something they need to act on that is not a failure (such as references left to edit by hand). */
    void inform(String title, String message);

    /** Shows a long text to read and copy (a log): {@code header} above it, the text scrollable and not editable. */
    void showText(String title, String header, String text);

    /** Shows a reference to read from the top (shortcuts, rules, versions): as {@link #showText}, scrolled to the start. */
    void showReference(String title, String header, String text);
}
