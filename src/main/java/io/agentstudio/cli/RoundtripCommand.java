package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.AgentFileReader;
import io.agentstudio.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "roundtrip", mixinStandardHelpOptions = true,
        description = {"Parse every agent file found and write it back in memory; report any file whose bytes would change.",
                "Exit 0 when all are identical, 1 when one differs or cannot be read, 2 for a bad path."})
final class RoundtripCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Agent files or folders (folders are scanned like a workspace).")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AgentFiles.Found found = AgentFiles.in(paths);
        List<Path> differ = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        found.unreadable().stream().map(Problem::toCompilerLine).forEach(unreadable::add);
        int identical = 0;
        for (Path file : found.files()) {
            try {
                AgentFileReader.Read read = AgentFileReader.read(file);
                if (read.refused()) {
                    unreadable.add(read.refusal().toCompilerLine());
                    continue;
                }
                byte[] bytes = read.bytes();
                if (Arrays.equals(bytes, AgentFileParser.toBytes(AgentFileParser.parse(bytes)))) {
                    identical++;
                } else {
                    differ.add(file);
                }
            } catch (IOException e) {
                unreadable.add(file + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        differ.forEach(file -> out.println("differs: " + file));
        unreadable.forEach(line -> out.println("not read: " + line));
        out.println(identical + " identical, " + differ.size() + " differ"
                + (unreadable.isEmpty() ? "" : ", " + unreadable.size() + " not read"));
        return differ.isEmpty() && unreadable.isEmpty() ? Cli.OK : Cli.FINDINGS;
    }
}
