package io.agentstudio.logic.agentfile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

/**
 * Decodes bytes as UTF-8 without losing anything: each byte that is not part of a valid UTF-8 sequence becomes
 * a lone low surrogate U+DC80..U+DCFF ("surrogate escape"), and {@link #encode} turns those back into the same
 * bytes. Valid UTF-8 can never decode to a lone surrogate, so the mapping is exact in both directions and a file
 * with stray cp1252 bytes is written back byte for byte instead of being "repaired" with U+FFFD.
 */
public final class LosslessText {
    private static final char ESCAPE_BASE = '\uDC00';

    private LosslessText() {
    }

    /** The decoded text and how many bytes had to be escaped (0 for a clean UTF-8 file). */
    public record Decoded(String text, int invalidByteCount, int firstInvalidByteOffset) {
        public boolean isValidUtf8() {
            return invalidByteCount == 0;
        }
    }

    public static Decoded decode(byte[] bytes) {
        // Fast path for the usual valid file: the JDK's own decoder (compact Latin-1 strings for ASCII text) replaces
        // every invalid byte with U+FFFD, so a result without one came from valid UTF-8 and equals what the lossless
        // decoder below would give. A file that really contains U+FFFD just takes the slow path.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(text, 0, -1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int invalid = 0;
        int firstInvalid = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                if (firstInvalid < 0) {
                    firstInvalid = in.position();
                }
                for (int i = 0; i < result.length(); i++) {
                    out.put((char) (ESCAPE_BASE + (bytes[in.position()] & 0xFF)));
                    in.position(in.position() + 1);
                    invalid++;
                }
            } else {
                throw new IllegalStateException("UTF-8 decoding overflowed a buffer sized for the worst case");
            }
        }
        out.flip();
        return new Decoded(out.toString(), invalid, firstInvalid);
    }

    public static byte[] encode(String text) {
        if (!containsEscapes(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isEscapedByte(text, i)) {
                byte[] run = text.substring(runStart, i).getBytes(StandardCharsets.UTF_8);
                out.write(run, 0, run.length);
                out.write(c - ESCAPE_BASE);
                runStart = i + 1;
            }
        }
        byte[] tail = text.substring(runStart).getBytes(StandardCharsets.UTF_8);
        out.write(tail, 0, tail.length);
        return out.toByteArray();
    }

    /** True when the char at {@code index} stands for one raw byte that was not valid UTF-8. */
    public static boolean isEscapedByte(String text, int index) {
        char c = text.charAt(index);
        if (c < '\uDC80' || c > '\uDCFF') {
            return false;
        }
        return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }

    /**
     * The text as a decoder that does not keep bytes reads it (Node, Bun, the JDK's own): each byte that was not
     * valid UTF-8 as U+FFFD.
     */
    public static String withReplacementCharacters(String text) {
        if (!containsEscapes(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(isEscapedByte(text, i) ? '\uFFFD' : text.charAt(i));
        }
        return out.toString();
    }

    /** True when the text holds bytes that were not valid UTF-8. */
    public static boolean containsEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isEscapedByte(text, i)) {
                return true;
            }
        }
        return false;
    }

}
