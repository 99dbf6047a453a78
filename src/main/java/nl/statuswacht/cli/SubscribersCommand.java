package nl.statuswacht.cli;

import picocli.CommandLine.Command;

/** {@code statuswacht subscribers add|list|remove}: only groups them. */
@Command(name = "subscribers", mixinStandardHelpOptions = true,
    description = "Add, change, list or remove subscribers kept in the database (beside those in"
        + " the config file).",
    subcommands = {SubscribersAddCommand.class, SubscribersListCommand.class,
        SubscribersRemoveCommand.class})
final class SubscribersCommand {}
