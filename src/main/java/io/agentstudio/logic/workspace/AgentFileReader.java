package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.LosslessText;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads one file that may be an agent, with the checks shared by everything that opens one: the studio's loader,
 * {@code validate}, {@code roundtrip}, {@code set} and {@code unset}. Only a regular file is opened; the size is checked before a byte is read, so a
 * file of gigabytes is refused instead of filling the memory; then the bytes must be UTF-8 text, since binary data
 * and UTF-16 text would be corrupted by an edit written as UTF-8.
 */
public final class AgentFileReader {

    /** The bytes and the stamp that describes them; or, when the file is not opened, the problem that says why. */
    public record Read(byte[] bytes, FileStamp stamp, Problem refusal) {
        public boolean refused() {
            return refusal != null;
        }

        private static Read refusedBy(Problem problem) {
            return new Read(null, null, problem);
        }
    }

    private AgentFileReader() {
    }

    public static Read read(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            // Never opened: reading a named pipe waits for a writer that may never come.
            return Read.refusedBy(WorkspaceScanner.notRegular(file));
        }
        FileStamp stamp = FileStamp.of(attributes);
        if (stamp.size() > WorkspaceLoader.MAX_FILE_BYTES) {
            return Read.refusedBy(tooLarge(file, stamp.size()));
        }
        byte[] bytes = readAll(file, stamp.size());
        if (bytes.length != stamp.size()) {
            // Written to while being read: describe what was read as well as can be (a save compares bytes anyway).
            stamp = new FileStamp(bytes.length, FileStamp.of(file).modifiedMillis());
            if (bytes.length > WorkspaceLoader.MAX_FILE_BYTES) {
                return Read.refusedBy(tooLarge(file, FileStamp.of(file).size()));
            }
        }
        String otherEncoding = unicodeEncodingOtherThanUtf8(bytes);
        if (otherEncoding != null) {
            return Read.refusedBy(new Problem(WorkspaceLoader.BINARY_RULE, Severity.ERROR, "The file is " + otherEncoding
                    + " text (it starts with that byte order mark), not UTF-8; it is left alone. Save it as UTF-8 to use it"
                    + " as an agent.", file, 0, 0, null));
        }
        if (looksBinary(bytes)) {
            return Read.refusedBy(new Problem(WorkspaceLoader.BINARY_RULE, Severity.ERROR,
                    "The file holds binary data (NUL bytes), not Markdown text; it is left alone.", file, 0, 0, null));
        }
        return new Read(bytes, stamp, null);
    }

    private static Problem tooLarge(Path file, long size) {
        return new Problem(WorkspaceLoader.TOO_LARGE_RULE, Severity.ERROR, String.format(Locale.ROOT,
                "The file is %.1f MB; agent files over %d MB are not opened. Is it really an agent?",
                size / 1048576.0, WorkspaceLoader.MAX_FILE_BYTES / 1048576), file, 0, 0, null);
    }

    /**
     * The file's bytes, read into one array of the size the stamp gave (no growing buffers: most of a load is this
     * and decoding). A file that changed size since the stamp is read again the slow way, capped past the limit.
     */
    private static byte[] readAll(Path file, long expectedSize) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            byte[] bytes = new byte[(int) expectedSize];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading until full or end of file
            }
            if (!buffer.hasRemaining() && channel.read(ByteBuffer.allocate(1)) < 0) {
                return bytes;
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) WorkspaceLoader.MAX_FILE_BYTES + 1);
        }
    }

    /**
     * "UTF-16" or "UTF-32" when the file starts with that encoding's byte order mark (bytes that never begin UTF-8
     * text); null otherwise. UTF-32 is tested first: its little-endian mark begins with UTF-16's.
     */
    private static String unicodeEncodingOtherThanUtf8(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return "UTF-32";
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binary files (and UTF-16 text without a byte order mark) hold many NUL bytes within their first few kilobytes,
     * or some and bytes that are not UTF-8. A stray NUL in UTF-8 text does not make it binary: Claude Code loads such a
     * file, and so does the studio.
     */
    static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        int nuls = 0;
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                nuls++;
            }
        }
        return nuls > limit / 64 || nuls > 0 && !LosslessText.decode(bytes).isValidUtf8();
    }
}
