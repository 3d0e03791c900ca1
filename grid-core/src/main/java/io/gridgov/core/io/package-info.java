/**
 * The reader kit (读取工具): what every GridGov reader and writer shares, whatever its format. The one
 * exception every reader throws for bad input, {@link io.gridgov.core.io.InvalidInputException}, which
 * names file, line, column, record and field ({@link io.gridgov.core.io.InputLocation}); the strict
 * JSON reading policy ({@link io.gridgov.core.io.JsonTree}: duplicate keys, trailing content and invalid
 * UTF-8 are located errors); the bilingual problem texts ({@link io.gridgov.core.io.Problems}); and
 * atomic writes ({@link io.gridgov.core.io.AtomicFiles}: a temporary file moved into place).
 *
 * <p>This package is the bottom of grid-core: it depends on {@link io.gridgov.core.i18n} only, so
 * that every format — the tree format in {@link io.gridgov.core.format}, the work calendar, and the
 * formats of the other modules — can use it. All classes are stateless and thread-safe.
 */
package io.gridgov.core.io;
