package io.agentstudio.gui;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and choosers, behind an interface so ViewModels that ask the user something run in plain tests. */
public interface DialogService {

    /** Lets the user pick a folder; empty when they cancel. {@code initialFolder} may be null. */
    Optional<Path> chooseFolder(String title, Path initialFolder);
}
