package io.agentstudio.logic.export;

import io.agentstudio.logic.workspace.AtomicFileWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The exported files as one zip, written atomically. Entries are sorted and carry a fixed date, so the same export
 * gives the same zip (the manifest inside says when it was made).
 */
final class ZipExport {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ZipExport() {
    }

    static void write(Path zip, List<ExportedFile> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ExportedFile file : files.stream().sorted(Comparator.comparing(ExportedFile::path)).toList()) {
                ZipEntry entry = new ZipEntry(file.path());
                entry.setTimeLocal(FIXED_TIME);
                out.putNextEntry(entry);
                out.write(file.bytes());
                out.closeEntry();
            }
        }
        Path parent = zip.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFileWriter.write(zip, bytes.toByteArray());
    }
}
