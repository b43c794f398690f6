package io.agentstudio.logic.validation.rules;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds text that is UTF-8 read as Windows-1252 and saved again ({@code Ã©} for {@code é}, {@code â€™} for
 * {@code ’}, {@code ðŸ”—} for 🔗): a run of characters whose Windows-1252 bytes form a UTF-8 lead byte and its
 * continuation bytes. A run is repaired exactly when those bytes decode as UTF-8. Windows-1252 has no character for
 * five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D); decoders drop them or keep them as C1 controls. Kept ones map back;
 * dropped ones leave a run too short to decode, which is reported as not repairable exactly.
 */
final class Mojibake {

    /** One run: where it is, and the text it stood for (null when bytes were lost). */
    record Run(int start, int end, String repaired) {
        boolean exact() {
            return repaired != null;
        }
    }

    private static final String CP1252_80_9F = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private Mojibake() {
    }

    static List<Run> find(char[] text) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (text[i] < 0xC2) {
                continue; // ASCII and most punctuation: never a lead byte's character
            }
            int lead = byteOf(text[i]);
            int expected = continuationCount(lead);
            if (expected == 0) {
                continue;
            }
            int j = i + 1;
            while (j < text.length && j - i - 1 < expected && isContinuation(byteOf(text[j]))) {
                j++;
            }
            int found = j - i - 1;
            if (found == expected) {
                String decoded = decode(text, i, j);
                if (decoded != null) {
                    runs.add(new Run(i, j, decoded));
                    i = j - 1;
                }
            } else if (found >= 2 || lead == 0xE2 && found == 1 && byteOf(text[i + 1]) == 0x80) {
                // A four-byte sequence with two bytes left, or the ubiquitous "â€" of a quote whose last byte was lost.
                runs.add(new Run(i, j, null));
                i = j - 1;
            }
        }
        return runs;
    }

    /** The text with every exactly repairable run replaced by what it stood for. */
    static String repairExact(String text, List<Run> runs) {
        StringBuilder out = new StringBuilder(text);
        for (int k = runs.size() - 1; k >= 0; k--) {
            Run run = runs.get(k);
            if (run.exact()) {
                out.replace(run.start(), run.end(), run.repaired());
            }
        }
        return out.toString();
    }

    /** The Windows-1252 byte of a character (C1 controls standing for undefined bytes included), or -1. */
    private static int byteOf(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= 0xA0 && c <= 0xFF) {
            return c;
        }
        int index = CP1252_80_9F.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    private static int continuationCount(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
    }

    private static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    private static String decode(char[] text, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int k = from; k < to; k++) {
            bytes[k - from] = (byte) byteOf(text[k]);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
