package io.agentstudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The top command. Its subcommands are added by {@link #commandLine}, not named in the annotation: picocli reads
 * every command's annotations when it is added, about 100 ms of a cold JVM for all thirteen, so a run of one command
 * adds that command alone.
 */
@Command(name = "agent-studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent Studio's command line: check and edit agent files without the window.")
final class AgentStudioCommand implements Runnable {
    /** Every subcommand by the name it runs under, in the order the help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The command line for {@code args}: with the subcommand they name, or with all when they name none (help). */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new AgentStudioCommand());
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named != null) {
            commandLine.addSubcommand(named);
        } else {
            SUBCOMMANDS.values().forEach(commandLine::addSubcommand);
        }
        return commandLine;
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> subcommands = new LinkedHashMap<>();
        subcommands.put("roundtrip", RoundtripCommand.class);
        subcommands.put("set", SetCommand.class);
        subcommands.put("unset", UnsetCommand.class);
        subcommands.put("validate", ValidateCommand.class);
        subcommands.put("graph", GraphCommand.class);
        subcommands.put("link", LinkCommand.class);
        subcommands.put("unlink", UnlinkCommand.class);
        subcommands.put("rename", RenameCommand.class);
        subcommands.put("export", ExportCommand.class);
        subcommands.put("new", NewCommand.class);
        subcommands.put("import", ImportCommand.class);
        subcommands.put("disable", SwitchCommand.Disable.class);
        subcommands.put("enable", SwitchCommand.Enable.class);
        return Collections.unmodifiableMap(subcommands);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
