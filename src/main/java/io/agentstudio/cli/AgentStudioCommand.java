package io.agentstudio.cli;

import picocli.CommandLine.Command;

@Command(name = "agent-studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent Studio's command line: check and edit agent files without the window.",
        subcommands = {RoundtripCommand.class, SetCommand.class, UnsetCommand.class, ValidateCommand.class,
                GraphCommand.class, LinkCommand.class, UnlinkCommand.class, RenameCommand.class,
                ExportCommand.class, NewCommand.class, ImportCommand.class, SwitchCommand.Disable.class,
                SwitchCommand.Enable.class})
final class AgentStudioCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
