"""posse-cli subcommands, one module per area."""
