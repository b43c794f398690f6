package io.agentstudio.gui;

import io.agentstudio.logic.templates.AgentTemplate;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers dialogs as the test set it up, and records what was asked. */
public final class FakeDialogs implements DialogService {
    public Optional<Path> folder = Optional.empty();
    public Path askedFrom;
    /** The answer to a save-file chooser; the extensions it offered are kept in {@link #offeredExtensions}. */
    public Optional<Path> saveFile = Optional.empty();
    public List<String> offeredExtensions = List.of();
    public SaveChoice saveChoice = SaveChoice.CANCEL;
    public Optional<String> text = Optional.empty();
    /** Answers to text dialogs, one per dialog in order; once used up, {@link #text} answers. */
    public final Deque<String> texts = new ArrayDeque<>();
    public boolean confirmation;
    /** Picks from a choice's options; the first by default, empty for a cancel. */
    public Function<List<String>, Optional<String>> chooser = options -> options.stream().findFirst();
    /** Why the last text asked for was refused by the dialog's check; empty when it was accepted. */
    public String refusal = "";
    /** The new-agent dialog keeps the name it suggests for the chosen template. */
    public boolean keepSuggestedName;
    /** The name the last new-agent dialog offered when it opened. */
    public String suggestedName;
    /** The text the last text dialog started with. */
    public String initialText;
    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        askedFrom = initialFolder;
        asked.add(title);
        return folder;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName, List<String> extensions) {
        asked.add(title);
        offeredExtensions = List.copyOf(extensions);
        return saveFile;
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        asked.add(message);
        return saveChoice;
    }

    @Override
    public SaveChoice askToSaveAll(String title, String message) {
        return askToSave(title, message);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial, Function<String, String> check) {
        asked.add(prompt);
        initialText = initial;
        Optional<String> answer = texts.isEmpty() ? text : Optional.of(texts.poll());
        refusal = answer.map(check).orElse("");
        return answer.filter(t -> check.apply(t).isEmpty());
    }

    /**
     * Picks the template whose title {@link #chooser} picks and, unless {@link #keepSuggestedName}, types the next
     * text answer as the name; no template or no text cancels. {@link #refusal} is the problem the form then shows.
     */
    @Override
    public boolean askNewAgent(NewAgentForm form) {
        asked.add("New agent");
        suggestedName = form.name();
        Optional<AgentTemplate> template = chooser.apply(form.templates().stream().map(AgentTemplate::title).toList())
                .flatMap(title -> form.templates().stream().filter(t -> t.title().equals(title)).findFirst());
        if (template.isEmpty()) {
            return false;
        }
        form.templateProperty().set(template.get());
        if (!keepSuggestedName) {
            Optional<String> answer = texts.isEmpty() ? text : Optional.of(texts.poll());
            if (answer.isEmpty()) {
                return false;
            }
            form.nameProperty().set(answer.get());
        }
        refusal = form.problemProperty().get();
        return form.acceptableProperty().get();
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options) {
        asked.add(prompt);
        return chooser.apply(options);
    }

    @Override
    public boolean confirmDestructive(String title, String message, String action) {
        return confirm(title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add(message);
        return confirmation;
    }

    @Override
    public void showError(String title, String message) {
        asked.add(message);
        errors.add(message);
    }

    @Override
    public void inform(String title, String message) {
        asked.add(message);
        information.add(message);
    }

    @Override
    public void showText(String title, String header, String text) {
        asked.add(header);
        information.add(header + "\n\n" + text);
    }

    @Override
    public void showReference(String title, String header, String text) {
        showText(title, header, text);
    }
}
