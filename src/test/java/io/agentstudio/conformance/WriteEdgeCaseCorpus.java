package io.agentstudio.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the edge-case corpus into a folder, one sub-folder per case, and {@code cases.json} (each case's loader, the
 * folder to start it in, and its files' SHA-256) for conformance/record.mjs. Run by conformance/run.sh through
 * {@code mvn exec:java@edge-case-corpus -Dconformance.out=DIR}.
 */
public final class WriteEdgeCaseCorpus {

    private WriteEdgeCaseCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: WriteEdgeCaseCorpus OUTPUT-FOLDER");
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        List<EdgeCase> cases = EdgeCaseCorpus.all();
        Map<String, Object> index = new LinkedHashMap<>();
        for (EdgeCase edgeCase : cases) {
            Path root = out.resolve(edgeCase.id());
            Map<String, String> hashes = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> file : edgeCase.files().entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                hashes.put(file.getKey(), EdgeCase.sha256(file.getValue()));
            }
            index.put(edgeCase.id(), Map.of("loader", edgeCase.loader(), "cwd", edgeCase.cwd(), "files", hashes));
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValue(out.resolve("cases.json").toFile(), index);
        System.out.println(cases.size() + " cases written to " + out);
    }
}
