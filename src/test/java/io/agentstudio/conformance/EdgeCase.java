package io.agentstudio.conformance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One case of the edge-case corpus: a small project (files by path relative to its root) for one loader, and the
 * folder the loader is started in. Most cases hold one agent file; the ones about folders and duplicates hold more.
 *
 * @param id     stable kebab-case id, also the case's folder name
 * @param loader {@code claude-code} or {@code gemini}
 * @param cwd    the folder (relative to the case root) the loader starts in; empty for the root
 * @param files  the files' bytes by relative path, in a stable order
 */
public record EdgeCase(String id, String loader, String cwd, Map<String, byte[]> files) {

    public EdgeCase {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    static EdgeCase single(String id, String loader, String path, byte[] bytes) {
        return new EdgeCase(id, loader, "", Map.of(path, bytes));
    }

    static EdgeCase single(String id, String loader, String path, String text) {
        return single(id, loader, path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of a file's bytes: the recorded verdicts name it, so a changed generator cannot pass silently. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
