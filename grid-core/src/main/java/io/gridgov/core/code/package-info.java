/**
 * Grid codes (网格编码): the pluggable {@link io.gridgov.core.code.CodeScheme}, the presets in
 * {@link io.gridgov.core.code.CodeSchemes} (12-digit statistical division code, 15-digit
 * county + street + community + grid code, 20-digit CJ/T 349 code) and the
 * {@link io.gridgov.core.code.CodeGenerator} that numbers children in a given order.
 *
 * <p>Specification. A node at level {@code n} has a code of {@code length(n)} characters; a child's
 * code starts with {@code childPrefix(parentCode, n)}; the generator gives the {@code k}-th child in
 * the caller's order the sequence {@code start + k - 1}, zero-padded to its level's segment.
 * The checks themselves are the structural rules {@code CODE_FORMAT}, {@code CODE_PREFIX} and
 * {@code DUPLICATE_CODE} in {@code io.gridgov.core.rule}. All types are immutable and thread-safe.
 */
package io.gridgov.core.code;
