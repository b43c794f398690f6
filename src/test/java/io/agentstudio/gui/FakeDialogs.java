package io.agentstudio.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers dialogs as the test set it up, and records what was asked. */
public final class FakeDialogs implements DialogService {
    public Optional<Path> folder = Optional.empty();
    public Path askedFrom;
    public SaveChoice saveChoice = SaveChoice.CANCEL;
    public Optional<String> text = Optional.empty();
    public boolean confirmation;
    public final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        askedFrom = initialFolder;
        asked.add(title);
        return folder;
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        asked.add(message);
        return saveChoice;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial, Function<String, String> check) {
        asked.add(prompt);
        return text.filter(t -> check.apply(t).isEmpty());
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options) {
        asked.add(prompt);
        return options.stream().findFirst();
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add(message);
        return confirmation;
    }

    @Override
    public void showError(String title, String message) {
        asked.add(message);
    }
}
