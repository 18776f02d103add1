"""The command-line mirror of the core (`python -m cnnviz COMMAND`): `main` (the parser and the command registry),
`common` (CliError, the exit status, architecture arguments) and one module per command group. It may import any
other part of cnnviz; nothing in cnnviz imports it."""
