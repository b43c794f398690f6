package io.agentstudio.logic.validation.cache;

import io.agentstudio.logic.validation.ReportedFinding;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The last validation of a workspace, kept in {@code .agent-studio/cache/validate.bin} with the
 * {@link WorkspaceFingerprint} of what was validated: a later run whose key is the same prints it without reading an
 * agent again. A plain binary file read with {@code java.io}: a header (the keys, the severities found, the commands
 * whose reports are kept and each report's length), then those reports, the table of file digests and the findings.
 * A run on an unchanged folder reads the header and one report, and loads no YAML or JSON library. A file that
 * cannot be read as a cache (another format, cut short, edited by hand) is a miss, never an error. The folder has
 * its own {@code .gitignore}, so a cache is never committed with the workspace.
 */
public final class ValidationCache {
    static final String FILE = "cache/validate.bin";
    private static final String IGNORE = "cache/.gitignore";
    private static final int MAGIC = 0x41535643;
    private static final int FORMAT = 5;

    private ValidationCache() {
    }

    /**
     * What the last run kept: the fingerprint of the workspace it validated, the reports it printed (by the command
     * that printed them), which severities were found, and the result, read only when asked for: a run that prints a
     * kept report never decodes a finding.
     */
    public record Stored(WorkspaceFingerprint.Fingerprint fingerprint, Map<String, String> printed, Set<Severity> found,
                         Supplier<Optional<CachedValidation>> result) {
    }

    /**
     * A report kept for one command, found with the cache's header alone (no table of file digests, no finding) and
     * left in the open cache file until it is printed: a 5,000-file folder's text report is 7 MB, which a run on an
     * unchanged folder copies to its output without holding it, and a run on a changed folder never reads. The file
     * stays open from the header on, so the report is the one that header describes even if another run replaces
     * the cache meanwhile (a new cache is a new file, moved over the old); its length was checked when it was opened.
     */
    public static final class KeptReport implements Closeable {
        private final String statKey;
        private final long takenAt;
        private final Set<Severity> found;
        private final InputStream report;
        private final int length;

        private KeptReport(String statKey, long takenAt, Set<Severity> found, InputStream report, int length) {
            this.statKey = statKey;
            this.takenAt = takenAt;
            this.found = found;
            this.report = report;
            this.length = length;
        }

        /** The {@link WorkspaceFingerprint.Stats#key() stat key} of the workspace the report was printed of. */
        public String statKey() {
            return statKey;
        }

        /** When that workspace's files were last read, in nanoseconds of the epoch. */
        public long takenAt() {
            return takenAt;
        }

        /** The severities found. */
        public Set<Severity> found() {
            return found;
        }

        /** Copies the report, UTF-8, to {@code out}. */
        public void copyTo(OutputStream out) throws IOException {
            byte[] buffer = new byte[Math.min(length, 1 << 16)];
            for (int left = length; left > 0; ) {
                int read = report.read(buffer, 0, Math.min(left, buffer.length));
                if (read < 0) {
                    throw new EOFException("The cache ended inside its report");
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }

        /** The report's text. */
        public String text() throws IOException {
            byte[] bytes = report.readNBytes(length);
            if (bytes.length != length) {
                throw new EOFException("The cache ended inside its report");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            report.close();
        }
    }

    /** The cache's first part: the keys, what was found, which reports follow and how long each is. */
    private record Header(String key, String statKey, long takenAt, Set<Severity> found, List<String> commands,
                          int[] reportLengths, int filesLength) {
    }

    /**
     * The report {@code command} printed of the workspace at {@code root} last time, when the cache holds one. Reads
     * the header and that report only: this is all a run on an unchanged folder needs.
     */
    public static Optional<KeptReport> keptReport(Path root, String command) {
        Path file = new StudioStateDirectory(root).resolve(FILE);
        DataInputStream in = null;
        try {
            in = new DataInputStream(new BufferedInputStream(new FileInputStream(file.toFile()), 16384));
            Optional<Header> read = header(in);
            if (read.isPresent()) {
                Header header = read.get();
                long offset = 0;
                for (int i = 0; i < header.commands().size(); i++) {
                    int length = header.reportLengths()[i];
                    // A file stream's available() is what is left of the file: the whole report must be there.
                    if (header.commands().get(i).equals(command) && length >= 0 && in.available() >= offset + length) {
                        in.skipNBytes(offset);
                        KeptReport kept = new KeptReport(header.statKey(), header.takenAt(), header.found(), in, length);
                        in = null;
                        return Optional.of(kept);
                    }
                    offset += length;
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            closeQuietly(in);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // Nothing was written through it: a read-only stream that fails to close loses nothing.
            }
        }
    }

    /** The last run's fingerprint and result, when the cache holds them. */
    public static Optional<Stored> read(Path root) {
        try {
            Optional<byte[]> read = new StudioStateDirectory(root).read(FILE);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = read.get();
            ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
            DataInputStream in = new DataInputStream(stream);
            Optional<Header> readHeader = header(in);
            if (readHeader.isEmpty()) {
                return Optional.empty();
            }
            Header header = readHeader.get();
            Map<String, String> printed = new HashMap<>();
            for (int i = 0; i < header.commands().size(); i++) {
                byte[] report = in.readNBytes(header.reportLengths()[i]);
                if (report.length != header.reportLengths()[i]) {
                    return Optional.empty();
                }
                printed.put(header.commands().get(i), new String(report, StandardCharsets.UTF_8));
            }
            int filesAt = bytes.length - stream.available();
            int findingsAt = filesAt + header.filesLength();
            Supplier<Map<String, WorkspaceFingerprint.FileDigest>> files = once(() -> files(bytes, filesAt));
            return Optional.of(new Stored(new WorkspaceFingerprint.Fingerprint(header.key(), header.statKey(), header.takenAt(),
                    files), printed, header.found(), () -> result(bytes, findingsAt, root)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The header, or empty when the file is not a cache of this format. */
    private static Optional<Header> header(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            return Optional.empty();
        }
        String key = text(in);
        String statKey = text(in);
        long takenAt = in.readLong();
        Set<Severity> found = EnumSet.noneOf(Severity.class);
        int mask = in.readInt();
        for (Severity severity : Severity.values()) {
            if ((mask & (1 << severity.ordinal())) != 0) {
                found.add(severity);
            }
        }
        int printedCount = in.readInt();
        List<String> commands = new ArrayList<>(Math.min(printedCount, 64));
        int[] reportLengths = new int[printedCount];
        for (int i = 0; i < printedCount; i++) {
            commands.add(text(in));
            reportLengths[i] = in.readInt();
        }
        return Optional.of(new Header(key, statKey, takenAt, found, commands, reportLengths, in.readInt()));
    }

    /** The files' digests, read the first time they are asked for; none when that part cannot be read (a miss). */
    private static Map<String, WorkspaceFingerprint.FileDigest> files(byte[] bytes, int offset) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset));
            int count = in.readInt();
            Map<String, WorkspaceFingerprint.FileDigest> files = new HashMap<>(Math.min(count, 65536));
            for (int i = 0; i < count; i++) {
                files.put(text(in), new WorkspaceFingerprint.FileDigest(in.readLong(), in.readLong(), text(in), text(in)));
            }
            return files;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    private static Optional<CachedValidation> result(byte[] bytes, int offset, Path root) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset));
            int agents = in.readInt();
            int skills = in.readInt();
            int count = in.readInt();
            List<ReportedFinding> findings = new ArrayList<>(Math.min(count, 4096));
            for (int i = 0; i < count; i++) {
                findings.add(finding(in, root));
            }
            return Optional.of(new CachedValidation(agents, skills, findings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code result} as the validation of the workspace {@code fingerprint} describes, with the reports printed
     * of it by each command (its format and paths as typed, which the report's text depends on).
     */
    public static void write(Path root, WorkspaceFingerprint.Fingerprint fingerprint, CachedValidation result,
                             Map<String, String> printed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        text(out, fingerprint.key());
        text(out, fingerprint.statKey());
        out.writeLong(fingerprint.takenAt());
        int mask = 0;
        for (ReportedFinding finding : result.findings()) {
            mask |= 1 << finding.severity().ordinal();
        }
        out.writeInt(mask);
        List<byte[]> reports = new ArrayList<>(printed.size());
        out.writeInt(printed.size());
        for (Map.Entry<String, String> report : printed.entrySet()) {
            text(out, report.getKey());
            reports.add(report.getValue().getBytes(StandardCharsets.UTF_8));
            out.writeInt(reports.get(reports.size() - 1).length);
        }
        ByteArrayOutputStream filesBytes = new ByteArrayOutputStream();
        DataOutputStream files = new DataOutputStream(filesBytes);
        files.writeInt(fingerprint.files().get().size());
        for (Map.Entry<String, WorkspaceFingerprint.FileDigest> file : fingerprint.files().get().entrySet()) {
            text(files, file.getKey());
            files.writeLong(file.getValue().size());
            files.writeLong(file.getValue().modified());
            text(files, file.getValue().identity());
            text(files, file.getValue().content());
        }
        files.flush();
        out.writeInt(filesBytes.size());
        for (byte[] report : reports) {
            out.write(report);
        }
        filesBytes.writeTo(out);
        out.writeInt(result.agentCount());
        out.writeInt(result.skillCount());
        out.writeInt(result.findings().size());
        for (ReportedFinding finding : result.findings()) {
            finding(out, finding, root);
        }
        out.flush();
        StudioStateDirectory state = new StudioStateDirectory(root);
        if (!Files.exists(state.resolve(IGNORE))) {
            state.write(IGNORE, "# Agent Studio's validation cache: made again when missing, never committed.\n*\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        state.write(FILE, bytes.toByteArray());
    }

    private static void finding(DataOutputStream out, ReportedFinding finding, Path root) throws IOException {
        Problem problem = finding.problem();
        text(out, problem.ruleId());
        out.writeByte(problem.severity().ordinal());
        text(out, problem.message());
        Path file = problem.file();
        // Inside the workspace by its relative path, so a moved or renamed workspace folder still finds its files.
        text(out, file == null ? null : file.startsWith(root) ? root.relativize(file).toString() : file.toString());
        out.writeBoolean(file != null && !file.startsWith(root));
        out.writeInt(problem.line());
        out.writeInt(problem.column());
        text(out, problem.field());
        out.writeInt(finding.fixes().size());
        for (String fix : finding.fixes()) {
            text(out, fix);
        }
    }

    private static ReportedFinding finding(DataInputStream in, Path root) throws IOException {
        String rule = text(in);
        Severity severity = Severity.values()[in.readByte()];
        String message = text(in);
        String path = text(in);
        boolean outside = in.readBoolean();
        Path file = path == null ? null : outside ? Path.of(path) : root.resolve(path);
        int line = in.readInt();
        int column = in.readInt();
        String field = text(in);
        int fixCount = in.readInt();
        List<String> fixes = new ArrayList<>(Math.min(fixCount, 16));
        for (int i = 0; i < fixCount; i++) {
            fixes.add(text(in));
        }
        return new ReportedFinding(new Problem(rule, severity, message, file, line, column, field), fixes);
    }

    /** A string of any length (writeUTF stops at 64 KB), or null. */
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
