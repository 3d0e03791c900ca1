/**
 * Reading and writing GridGov's files, and the one exception every reader throws for bad input:
 * {@link io.gridgov.core.io.InvalidInputException}, which names file, line, column, record and field.
 */
package io.gridgov.core.io;
