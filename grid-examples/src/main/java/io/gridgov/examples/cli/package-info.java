/**
 * The {@code gridgov} command line (picocli): one class per subcommand, registered in
 * {@link io.gridgov.examples.cli.GridGovCli}.
 *
 * <p>Every subcommand reads its input with the library's readers and returns the same exit codes:
 * 0 when the input was processed and holds no ERROR, 1 when it holds an ERROR finding or violation,
 * 2 when the input cannot be read (the message names file, line and column, record and field, and what
 * was expected). Output files are written whole or not at all.
 */
package io.gridgov.examples.cli;
