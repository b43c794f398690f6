import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds Agent Studio's app image and installers with jpackage, from target/agent-studio.jar and target/lib/ (so after
 * `mvn package`). Run by `mvn -Ppackage package`, or by hand from the project root:
 *
 * <pre>
 *   java packaging/Package.java 0.1.0 [auto|none|deb,rpm,...]
 * </pre>
 *
 * The first argument is the version (a Maven suffix such as -SNAPSHOT is dropped: installers want numbers), the second
 * which installers to make: "auto" (the default) makes every type this platform supports whose tools are installed and
 * says which it skips and why; "none" makes the app image only. Steps:
 * <ol>
 *   <li>the JDK modules jdeps finds must all be in packaging/modules.txt (the trimmed runtime's list);</li>
 *   <li>the app image, target/image/&lt;name&gt;, from packaging/jpackage.args and packaging/&lt;os&gt;/app-image.args;
 *       on Linux with a launcher script of our own as bin/agent-studio (and bin/agent-studio-cli), in place of jpackage's;</li>
 *   <li>training runs of the image (the studio, under Xvfb where there is no display, until its workspace is
 *       listed; and the command line's {@code validate --cache}, twice: a full run, then one answered from the cache)
 *       record the classes they load in lib/app/agent-studio.classlist;</li>
 *   <li>the installers, from the image (packaging/installer.args, packaging/&lt;os&gt;/installer.args and
 *       packaging/&lt;os&gt;/&lt;type&gt;.args), into target/installer; the Debian package makes its own class-data
 *       archive from the class list when it is installed;</li>
 *   <li>a class-data archive for the image itself (lib/app/agent-studio.jsa, named in its launcher's configuration).</li>
 * </ol>
 * This is a single-file Java program so that it runs wherever the build does, Windows included.
 */
public final class Package {
    private static final Path JAR = Path.of("target/agent-studio.jar");
    private static final Path LIBS = Path.of("target/lib");
    private static final Path INPUT = Path.of("target/jpackage-input");
    private static final Path IMAGES = Path.of("target/image");
    private static final Path INSTALLERS = Path.of("target/installer");
    /** Relative, so that no path in JAVA_TOOL_OPTIONS has a space in it. */
    private static final Path TRAINING = Path.of("target/training");
    private static final String CLASS_LIST = "agent-studio.classlist";
    private static final String ARCHIVE = "agent-studio.jsa";
    private static final Path JAR_ARCHIVE = Path.of("target/agent-studio.jsa");
    /** io.agentstudio.ShortRunJvm's archive, beside the jar. */
    private static final Path JAR_CLI_ARCHIVE = Path.of("target/agent-studio-cli.jsa");
    /** The studio starts, lists its workspace, opens an agent with its preview and exits (app.TrainingRun). */
    private static final String PROBE = "-Dagentstudio.startupProbe=train";
    private static final long TRAINING_MINUTES = 3;

    private final Platform platform = Platform.current();
    private final String version;

    private Package(String version) {
        this.version = version;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            fail("Usage: java packaging/Package.java VERSION [auto|none|TYPE,TYPE...], or --jar-archive");
        }
        if (args[0].equals("--jar-archive")) {
            new Package("").jarArchive();
            return;
        }
        String installers = args.length > 1 ? args[1] : "auto";
        new Package(args[0].replaceFirst("[^0-9.].*$", "")).build(installers);
    }

    private void build(String installers) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR) || !Files.isDirectory(LIBS)) {
            fail("No " + JAR + " and " + LIBS + "/: run mvn package first (mvn -Ppackage package does both)");
        }
        List<String> modules = checkedModules();
        Path image = appImage(modules);
        launcherScript(image);
        Path classList = TRAINING.resolve(CLASS_LIST);
        mergeClassLists(train(image), classList);
        // In the image, so that an installer can make an archive where it installs the studio.
        Files.copy(classList, image.resolve(platform.appFolder()).resolve(CLASS_LIST));
        for (String type : installerTypes(installers)) {
            installer(image, type);
        }
        archive(image, classList);
        System.out.println("App image: " + image.toAbsolutePath() + " (launcher: " + image.resolve(platform.launcher()) + ")");
    }

    /**
     * Class-data archives for {@code java -jar target/agent-studio.jar}, for the JDK that runs this program: one trained
     * on the studio (target/agent-studio.jsa) and one on {@code validate --cache} (target/agent-studio-cli.jsa). A jar's
     * manifest cannot name an archive (it carries no JVM options), so a user asks for the studio's:
     * {@code java -XX:SharedArchiveFile=target/agent-studio.jsa -jar target/agent-studio.jar} (ADR 17), and
     * {@code java -jar ... validate} runs in a second JVM that uses the command line's (ADR 18). JDK 17 makes a dynamic
     * archive from one run, and one run of both made the studio start slower than its own archive does. Dynamic archives,
     * on top of the JDK's own: where one does not fit (another JDK, a moved or rebuilt jar) the JVM ignores it and still
     * shares the JDK's classes, where a static archive that does not fit turns all sharing off. Without a display, the
     * studio's archive is the command line's too.
     */
    private void jarArchive() throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            fail("No " + JAR + ": run mvn package");
        }
        deleteTree(TRAINING);
        Files.createDirectories(TRAINING);
        // With --cache, whose first run validates in full: the archive has the cache's classes as well.
        Path cli = trainJar("cli", List.of(), List.of("validate", "--cache", cacheWorkspace(TRAINING).toAbsolutePath().toString()), "");
        if (cli == null) {
            return;
        }
        Files.copy(cli, JAR_CLI_ARCHIVE, StandardCopyOption.REPLACE_EXISTING);
        List<String> display = platform.display();
        // javafx.verbose: the log says where JavaFX found its native libraries, checked below.
        String studioOptions = " " + PROBE + " -Djavafx.verbose=true -Dagentstudio.home=" + TRAINING.resolve("home");
        Path studio = display == null ? null : trainJar("studio", display, List.of(), studioOptions);
        Path studioLog = TRAINING.resolve("studio-training.log");
        if (studio != null && Files.readString(studioLog, StandardCharsets.UTF_8).contains("from resource")) {
            fail("JavaFX unpacked native libraries from its jars (" + studioLog + "): they belong beside the jars in "
                    + LIBS + " (pom.xml, javafx-natives-beside-jars)");
        }
        Files.move(studio == null ? cli : studio, JAR_ARCHIVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "Class-data archives for java -jar: %s (%s, %.0f MB) and %s (validate, %.0f MB)%n",
                JAR_ARCHIVE, studio == null ? "validate, no display for the studio" : "the studio",
                Files.size(JAR_ARCHIVE) / 1048576.0, JAR_CLI_ARCHIVE, Files.size(JAR_CLI_ARCHIVE) / 1048576.0);
    }

    /**
     * One training run of the jar, {@code prefix java -jar JAR args}, logged to target/training/NAME-training.log; the
     * archive it made (target/training/NAME.jsa), or null when it made none.
     */
    private static Path trainJar(String name, List<String> prefix, List<String> args, String options)
            throws IOException, InterruptedException {
        Path made = TRAINING.resolve(name + ".jsa");
        // Absolute, so that the archive fits the jar however a user names it on the command line.
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(args);
        // Output to a file, not a pipe read to its end: a training run that hangs must not hang the build with it.
        Path log = TRAINING.resolve(name + "-training.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:ArchiveClassesAtExit=" + made + " -Xlog:cds=off,cds+dynamic=off" + options);
        Process process = builder.start();
        if (!process.waitFor(TRAINING_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        if (!Files.isRegularFile(made)) {
            System.out.println("No class-data archive from " + String.join(" ", command) + " (java -jar starts without one):\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
            return null;
        }
        return made;
    }

    /** The modules of packaging/modules.txt, after making sure jdeps finds no module missing from it. */
    private List<String> checkedModules() {
        List<String> listed = lines(Path.of("packaging/modules.txt"));
        String found = run("jdeps", "--multi-release", "17", "--ignore-missing-deps", "--print-module-deps",
                "--class-path", LIBS + "/*", JAR.toString()).trim();
        Set<String> missing = new TreeSet<>(Arrays.asList(found.split(",")));
        missing.removeAll(listed);
        if (!missing.isEmpty()) {
            fail("jdeps finds modules packaging/modules.txt lacks: " + missing + " (add them there)");
        }
        return listed;
    }

    private Path appImage(List<String> modules) throws IOException {
        deleteTree(INPUT);
        deleteTree(IMAGES);
        deleteTree(INSTALLERS);
        Files.createDirectories(INPUT.resolve("lib"));
        Files.copy(JAR, INPUT.resolve(JAR.getFileName()));
        // The jar's manifest names its libraries; target/lib may still hold a jar an earlier build needed.
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String entry : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                Path library = LIBS.resolve(Path.of(entry).getFileName());
                if (isUsefulJar(library)) {
                    Files.copy(library, INPUT.resolve("lib").resolve(library.getFileName()));
                }
            }
        }
        copyJavaFxNatives();
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "@packaging/jpackage.args",
                "@packaging/" + platform.folder() + "/app-image.args", "--input", INPUT.toString(), "--dest", IMAGES.toString(),
                "--app-version", version, "--add-modules", String.join(",", modules)));
        if (Runtime.version().feature() >= 22) {
            // From JDK 22 on, loading JavaFX's native libraries from the class path warns without this.
            args.addAll(List.of("--java-options", "--enable-native-access=ALL-UNNAMED"));
        }
        System.out.println("Building the app image (jlink and jpackage take a minute) ...");
        run("jpackage", args.toArray(String[]::new));
        try (Stream<Path> made = Files.list(IMAGES)) {
            return made.findFirst().orElseThrow(() -> new IllegalStateException("jpackage made no image in " + IMAGES));
        }
    }

    /**
     * On Linux, packaging/linux/agent-studio in place of jpackage's launcher, and as bin/agent-studio-cli: jpackage's
     * launcher asks rpm and dpkg which package it belongs to before it starts Java, on every start. The script starts
     * the same Java from the launcher's configuration; it is in the image before the installers are made from it, so
     * the installed packages and their menu entry start it too.
     */
    private void launcherScript(Path image) throws IOException {
        if (platform.launcherScript() == null) {
            return;
        }
        Path script = Path.of("packaging", platform.folder(), platform.launcherScript());
        // Also under the name scripts and CI used for the command line when the launcher was jpackage's.
        for (String name : List.of(platform.launcher(), platform.launcher() + "-cli")) {
            Path installed = image.resolve(name);
            Files.copy(script, installed, StandardCopyOption.REPLACE_EXISTING);
            installed.toFile().setExecutable(true, false);
        }
    }

    /**
     * JavaFX's native libraries, as mvn package put them where JavaFX looks first (beside its jars; on Windows in
     * ../bin), to the same place in the image. Without them JavaFX unpacks each from its jar into the user's home and
     * checksums both copies on every start (ADR 10).
     */
    private void copyJavaFxNatives() throws IOException {
        Path folder = Path.of(platform.javafxNativesFolder());
        Path built = Path.of("target").resolve(folder);
        List<Path> natives;
        try (Stream<Path> files = Files.list(built)) {
            natives = files.filter(file -> file.getFileName().toString().matches(".+\\.(so|dylib|dll)")).toList();
        }
        if (natives.isEmpty()) {
            fail("No JavaFX native libraries in " + built + ": run mvn package");
        }
        Files.createDirectories(INPUT.resolve(folder));
        for (Path file : natives) {
            Files.copy(file, INPUT.resolve(folder).resolve(file.getFileName()));
        }
    }

    /** JavaFX's jars without a platform classifier are empty stand-ins for the classified ones beside them. */
    private static boolean isUsefulJar(Path jar) {
        String name = jar.getFileName().toString();
        return name.endsWith(".jar") && !name.matches("javafx-[a-z]+-[0-9.]+\\.jar");
    }

    /** Runs the image's launcher as a user would, recording the classes each run loads; returns the lists made. */
    private List<Path> train(Path image) throws IOException, InterruptedException {
        Path work = TRAINING;
        deleteTree(work);
        Files.createDirectories(work);
        List<Path> lists = new ArrayList<>();
        List<String> display = platform.display();
        if (display == null) {
            System.out.println("No display and no xvfb-run: the class list covers the command line only"
                    + " (apt-get install xvfb to include the studio)");
        } else {
            Path studio = work.resolve("studio.classlist");
            List<String> command = new ArrayList<>(display);
            command.add(image.resolve(platform.launcher()).toString());
            launch(command, studio, PROBE + " -Dagentstudio.home=" + work.resolve("home"));
            lists.add(studio);
        }
        // validate --cache twice: a full validation that fills the cache, then the run CI repeats, answered from it.
        String workspace = cacheWorkspace(work).toAbsolutePath().toString();
        List<String> validate = List.of(image.resolve(platform.launcher()).toString(), "validate", "--cache", workspace);
        for (String run : List.of("cli.classlist", "cli-cached.classlist")) {
            Path cli = work.resolve(run);
            launch(validate, cli, "");
            lists.add(cli);
        }
        return lists;
    }

    private static void launch(List<String> command, Path classList, String options) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + classList + " " + options);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TRAINING_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        if (!Files.isRegularFile(classList)) {
            fail("The training run " + command + " failed:\n" + output);
        }
        System.out.println("Training run " + String.join(" ", command) + ": " + lines(classList).size() + " entries");
    }

    /** One list of every class the runs loaded, each once, in the order first seen. */
    private static void mergeClassLists(List<Path> lists, Path merged) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (Path list : lists) {
            lines.addAll(Files.readAllLines(list));
        }
        Files.write(merged, lines.stream().filter(line -> !line.startsWith("#")).toList());
    }

    private List<String> installerTypes(String requested) {
        if (requested.equals("none")) {
            return List.of();
        }
        List<String> types = requested.equals("auto") ? platform.installerTypes() : List.of(requested.split(","));
        List<String> possible = new ArrayList<>();
        for (String type : types) {
            String missing = platform.missingToolFor(type);
            if (missing == null) {
                possible.add(type);
            } else {
                System.out.println("Skipping the " + type + " installer: " + missing);
            }
        }
        return possible;
    }

    private void installer(Path image, String type) {
        List<String> args = new ArrayList<>(List.of("--type", type, "@packaging/installer.args",
                "@packaging/" + platform.folder() + "/installer.args", "--app-image", image.toString(),
                "--dest", INSTALLERS.toString(), "--app-version", version));
        Path typeArgs = Path.of("packaging", platform.folder(), type + ".args");
        if (Files.isRegularFile(typeArgs)) {
            args.add("@" + typeArgs);
        }
        System.out.println("Building the " + type + " installer ...");
        run("jpackage", args.toArray(String[]::new));
        System.out.println("Installer: " + INSTALLERS.toAbsolutePath() + " (" + type + ")");
    }

    /**
     * A class-data archive of the listed classes, parsed and verified once here instead of at every start. JDK 17 only
     * uses it where it was made, so it is made after the installers, for this image alone.
     */
    private void archive(Path image, Path classList) throws IOException, InterruptedException {
        // Written beside the training runs' lists and then moved: the image's folder may have a space in its name.
        Path made = TRAINING.resolve(ARCHIVE);
        ProcessBuilder builder = new ProcessBuilder(image.resolve(platform.launcher()).toString()).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + classList
                + " -XX:SharedArchiveFile=" + made + " -Xlog:disable");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !Files.isRegularFile(made)) {
            System.out.println("No class-data archive (the image starts without one):\n" + output);
            return;
        }
        Path app = image.resolve(platform.appFolder());
        Path archive = Files.move(made, app.resolve(ARCHIVE));
        Files.writeString(app.resolve(platform.launcherConfig()), "java-options=-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE
                + System.lineSeparator(), StandardOpenOption.APPEND);
        System.out.printf(Locale.ROOT, "Class-data archive: %s (%.0f MB)%n", archive, Files.size(archive) / 1048576.0);
    }

    /** Runs a JDK tool in this JVM and returns what it printed; a failure ends the build with its output. */
    private static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException("This JDK has no " + tool + "; use a full JDK 17 or newer"));
        StringWriter out = new StringWriter();
        int status = provider.run(new PrintWriter(out, true), new PrintWriter(out, true), args);
        if (status != 0) {
            fail(tool + " failed (" + status + "):\n" + out);
        }
        return out.toString();
    }

    /** The lines of a text file without comments and blank lines. */
    private static List<String> lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A copy of the sample workspace for training {@code validate --cache}, its files dated an hour back: the cache
     * trusts a file's unchanged stat only when the file was not modified within seconds of the last run.
     */
    private static Path cacheWorkspace(Path work) throws IOException {
        Path sample = Path.of("src/main/resources/io/agentstudio/sample-workspace");
        Path copy = work.resolve("cache-workspace");
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1));
        try (Stream<Path> all = Files.walk(sample)) {
            for (Path path : all.toList()) {
                Path target = copy.resolve(sample.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                    Files.setLastModifiedTime(target, anHourAgo);
                }
            }
        }
        return copy;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void fail(String message) {
        System.err.println("packaging: " + message);
        System.exit(1);
    }

    /** What differs between the operating systems: folders, file names, installer types and the tools they need. */
    private enum Platform {
        LINUX("linux", "bin/agent-studio", "agent-studio", "lib/app", "agent-studio.cfg", List.of("deb", "rpm"), "lib"),
        WINDOWS("windows", "Agent Studio.exe", null, "app", "Agent Studio.cfg", List.of("msi"), "bin"),
        MAC("macos", "Contents/MacOS/Agent Studio", null, "Contents/app", "Agent Studio.cfg", List.of("dmg"), "lib");

        private final String folder;
        private final String launcher;
        /**
         * The launcher script in packaging/&lt;folder&gt; that replaces jpackage's where that does work of its own
         * before Java starts, or null.
         */
        private final String launcherScript;
        private final String appFolder;
        private final String launcherConfig;
        private final List<String> installerTypes;
        /** Where JavaFX's native libraries go, in target/ and in the app folder: JavaFX looks there from its jars' lib/. */
        private final String javafxNativesFolder;

        Platform(String folder, String launcher, String launcherScript, String appFolder, String launcherConfig,
                 List<String> installerTypes, String javafxNativesFolder) {
            this.folder = folder;
            this.launcher = launcher;
            this.launcherScript = launcherScript;
            this.appFolder = appFolder;
            this.launcherConfig = launcherConfig;
            this.installerTypes = installerTypes;
            this.javafxNativesFolder = javafxNativesFolder;
        }

        static Platform current() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return os.startsWith("windows") ? WINDOWS : os.startsWith("mac") ? MAC : LINUX;
        }

        String folder() {
            return folder;
        }

        String launcher() {
            return launcher;
        }

        String launcherScript() {
            return launcherScript;
        }

        String appFolder() {
            return appFolder;
        }

        String launcherConfig() {
            return launcherConfig;
        }

        List<String> installerTypes() {
            return installerTypes;
        }

        String javafxNativesFolder() {
            return javafxNativesFolder;
        }

        /** Why an installer type cannot be made here, or null when it can. */
        String missingToolFor(String type) {
            Map<String, List<String>> tools = Map.of("deb", List.of("dpkg-deb", "fakeroot"), "rpm", List.of("rpmbuild"),
                    "msi", List.of("candle.exe", "light.exe"), "exe", List.of("candle.exe", "light.exe"),
                    "dmg", List.of("hdiutil"), "pkg", List.of("pkgbuild"));
            if (!installerTypes.contains(type) && !(this == MAC && type.equals("pkg")) && !(this == WINDOWS && type.equals("exe"))) {
                return "jpackage makes it on another operating system";
            }
            List<String> absent = tools.getOrDefault(type, List.of()).stream().filter(tool -> !onPath(tool)).toList();
            if (absent.isEmpty()) {
                return null;
            }
            String hint = switch (type) {
                case "deb" -> " (apt-get install fakeroot)";
                case "rpm" -> " (apt-get install rpm, or dnf install rpm-build)";
                case "msi", "exe" -> " (install the WiX Toolset 3 and put its bin folder on the PATH)";
                default -> "";
            };
            return String.join(" and ", absent) + (absent.size() == 1 ? " is" : " are") + " not installed" + hint;
        }

        /** The command prefix that gives the studio a display: none needed, xvfb-run, or null when there is none. */
        List<String> display() {
            if (this != LINUX || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) {
                return List.of();
            }
            return onPath("xvfb-run") ? List.of("xvfb-run", "-a", "-s", "-screen 0 1440x900x24") : null;
        }

        private static boolean onPath(String tool) {
            return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, tool)));
        }
    }
}
