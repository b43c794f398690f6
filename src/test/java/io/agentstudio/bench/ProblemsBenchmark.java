package io.agentstudio.bench;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.NewAgentForm;
import io.agentstudio.gui.SaveChoice;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.form.FieldViewModel;
import io.agentstudio.gui.form.FormViewModel;
import io.agentstudio.gui.problems.Grouping;
import io.agentstudio.gui.problems.ProblemsViewModel;
import io.agentstudio.logic.agentfile.BodyEditor;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import javafx.collections.ListChangeListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Times a keystroke in the form of an open agent, in a 1,000-agent workspace, until the problems pane's ViewModel
 * shows its result (debounce excluded): the edit through the name field, the check of that agent and of the agents
 * its name touches on the validation thread, and the pane's update on the UI thread. The UI thread is a plain
 * single thread here (the ViewModels need no toolkit), so what is timed is the studio's own work. Two kinds of
 * keystroke, each making a problem come or go: a {@code :} added to or removed from the name (the agent's name is
 * one many others delegate to, so the cross-agent rules re-check them too), and the {@code )} that completes or
 * breaks a link to a missing file at the end of the body (only this agent is re-checked).
 * Not a unit test: run it from the project root with
 *
 * <pre>
 *   mvn -B -o test-compile exec:java@problems-benchmark
 *   mvn -B -o test-compile exec:java@problems-benchmark -Dexec.args="../shared/corpus 1000 1000"
 * </pre>
 *
 * Arguments (all optional): corpus folder, number of agents (1000), measured keystrokes per grouping (1000); 200
 * keystrokes warm up first.
 */
public final class ProblemsBenchmark {
    private static final int WARMUP = 200;
    private static final String LINK = "\nSee [the notes](missing-notes.md";

    /** One kind of keystroke: what it does the {@code i}-th time, and the problem it makes come (even i) or go. */
    private record Typing(String what, IntConsumer type, String rule) {
    }

    private final ExecutorService ui = Executors.newSingleThreadExecutor(named("ui"));
    private final ExecutorService validation = Executors.newSingleThreadExecutor(named("validation"));
    private ProblemsViewModel problems;
    private AgentEditorViewModel editor;
    private FieldViewModel name;

    private ProblemsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = BenchWorkspace.corpus(args);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int keystrokes = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Path folder = Files.createTempDirectory("agent-studio-problems-bench-");
        ProblemsBenchmark bench = new ProblemsBenchmark();
        try {
            BenchWorkspace.build(folder, BenchWorkspace.agentFiles(corpus), count);
            System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            bench.run(WorkspaceLoader.load(folder), keystrokes);
        } finally {
            bench.ui.shutdownNow();
            bench.validation.shutdownNow();
            BenchWorkspace.deleteTree(folder);
        }
    }

    private void run(Workspace workspace, int keystrokes) throws Exception {
        long start = System.nanoTime();
        onUi(() -> open(workspace));
        while (onUi(() -> problems.checkingProperty().get())) {
            Thread.sleep(20);
        }
        int findings = onUi(() -> problems.findingsByFile().values().stream().mapToInt(List::size).sum());
        System.out.printf(Locale.ROOT, "workspace of %d agents checked in %.0f ms: %d findings in the pane%n",
                workspace.agents().size(), (System.nanoTime() - start) / 1e6, findings);
        String original = onUi(() -> name.textProperty().get());
        System.out.println("typing in " + editor.path().getFileName() + ", named " + original);
        onUi(() -> {
            editor.apply("Typing", null, d -> BodyEditor.replaceInBody(d, d.body().length(), 0, LINK));
            return null;
        });
        List<Typing> typings = List.of(
                new Typing("name field", i -> name.edit(i % 2 == 0 ? original + ":" : original), "name-invalid"),
                new Typing("body", i -> editor.apply("Typing", "typing", d -> i % 2 == 0
                        ? BodyEditor.replaceInBody(d, d.body().length(), 0, ")")
                        : BodyEditor.replaceInBody(d, d.body().length() - 1, 1, "")), "link-target-missing"));
        for (Typing typing : typings) {
            for (Grouping grouping : Grouping.values()) {
                onUi(() -> {
                    problems.groupingProperty().set(grouping);
                    return null;
                });
                for (int i = 0; i < WARMUP; i++) {
                    keystroke(typing, i);
                }
                double[] millis = new double[keystrokes];
                for (int i = 0; i < keystrokes; i++) {
                    millis[i] = keystroke(typing, i);
                }
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "keystroke to pane update, %s, %s, %d keystrokes: p50 %.2f ms, p90 %.2f ms, "
                                + "p99 %.2f ms, max %.2f ms%n", typing.what(), grouping, keystrokes, BenchWorkspace.percentile(millis, 50),
                        BenchWorkspace.percentile(millis, 90), BenchWorkspace.percentile(millis, 99), millis[keystrokes - 1]);
            }
        }
    }

    private Void open(Workspace workspace) {
        Function<Runnable, Runnable> now = task -> {
            task.run();
            return () -> { };
        };
        EditorTabsViewModel tabs = new EditorTabsViewModel(Catalogs.load(), new AgentFileStore(), new NoDialogs(), validation, ui,
                new CommandStack(System::currentTimeMillis));
        AgentListViewModel list = new AgentListViewModel(tabs.dirtyPaths());
        tabs.useListedAgents(list::agent);
        list.show(workspace.agents());
        // The debounce is left out of the figure: "typing stopped" comes at once.
        problems = new ProblemsViewModel(tabs, list, new NoDialogs(), RuleCatalog.standard(), validation, validation, ui,
                (wait, task) -> now.apply(task));
        list.useProblems(problems.findingsByFile());
        problems.open(workspace);
        WorkspaceAgent agent = workspace.agents().stream()
                .filter(a -> a.document().isEditable() && a.document().hasFrontmatter() && a.name().matches("[a-z0-9-]+"))
                .findFirst().orElseThrow();
        editor = tabs.open(agent);
        EditorProblems markers = problems.problemsOf(editor);
        name = new FormViewModel(editor, List.of(), markers).field("name").orElseThrow();
        return null;
    }

    /** Types one character; returns the milliseconds until the pane shows its effect. */
    private double keystroke(Typing typing, int i) throws Exception {
        boolean invalid = i % 2 == 0;
        String rule = typing.rule();
        CountDownLatch shown = new CountDownLatch(1);
        AtomicLong started = new AtomicLong();
        AtomicLong ended = new AtomicLong();
        ListChangeListener<Finding> listener = change -> {
            boolean has = problems.problemsOf(editor).findings().stream().anyMatch(f -> f.ruleId().equals(rule));
            if (has == invalid && problems.rows().stream()
                    .anyMatch(r -> r.ruleId().equals(rule) && r.file().equals(editor.path())) == invalid) {
                ended.set(System.nanoTime());
                shown.countDown();
            }
        };
        onUi(() -> {
            problems.problemsOf(editor).findings().addListener(listener);
            started.set(System.nanoTime());
            typing.type().accept(i);
            return null;
        });
        if (!shown.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The pane did not show keystroke " + i);
        }
        onUi(() -> {
            problems.problemsOf(editor).findings().removeListener(listener);
            return null;
        });
        return (ended.get() - started.get()) / 1e6;
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(60, TimeUnit.SECONDS);
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The benchmark never asks anything. */
    private static final class NoDialogs implements DialogService {
        @Override
        public Optional<Path> chooseFolder(String title, Path initialFolder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName, List<String> extensions) {
            return Optional.empty();
        }

        @Override
        public SaveChoice askToSave(String title, String message) {
            return SaveChoice.CANCEL;
        }

        @Override
        public SaveChoice askToSaveAll(String title, String message) {
            return SaveChoice.CANCEL;
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial, Function<String, String> check) {
            return Optional.empty();
        }

        @Override
        public boolean askNewAgent(NewAgentForm form) {
            return false;
        }

        @Override
        public Optional<String> choose(String title, String prompt, List<String> options) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public void showError(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public void inform(String title, String message) {
        }

        @Override
        public void showText(String title, String header, String text) {
        }

        @Override
        public void showReference(String title, String header, String text) {
        }

        @Override
        public boolean confirmDestructive(String title, String message, String action) {
            return false;
        }
    }
}
