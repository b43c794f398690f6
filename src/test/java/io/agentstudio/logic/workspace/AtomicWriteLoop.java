package io.agentstudio.logic.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link AtomicWriteKillTest}: saves content A and content B alternately to one file, forever,
 * until the parent kills it. Prints {@code ready} once the two contents are built, so the parent's random delay
 * counts from the start of the writing.
 */
public final class AtomicWriteLoop {

    private AtomicWriteLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        byte[] a = content('A', 3 * 1024 * 1024 + 17);
        byte[] b = content('B', 2 * 1024 * 1024 + 389);
        System.out.println("ready");
        System.out.flush();
        for (long round = 0; ; round++) {
            AtomicFileWriter.write(target, round % 2 == 0 ? b : a);
        }
    }

    /** An agent file of exactly {@code length} bytes whose body lines all carry {@code letter} and their number. */
    static byte[] content(char letter, int length) {
        StringBuilder text = new StringBuilder(length + 64);
        text.append("---\nname: content-").append(Character.toLowerCase(letter))
                .append("\ndescription: Kill test content ").append(letter).append(".\n---\n");
        for (int line = 0; text.length() < length; line++) {
            text.append(letter).append(' ').append(line).append(' ').append(String.valueOf(letter).repeat(60)).append('\n');
        }
        text.setLength(length - 1);
        text.append('\n');
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
