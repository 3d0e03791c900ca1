/**
 * Structural rules (结构规则) over a grid tree and its staffing, and the
 * {@link io.gridgov.core.rule.StructuralValidator} that runs them.
 *
 * <p>Specification. Each rule is a class with a fixed id and severity: {@code DUPLICATE_ID},
 * {@code UNKNOWN_PARENT}, {@code CYCLE} (from assembling the tree), {@code LEVEL_DEPTH},
 * {@code DUPLICATE_CODE}, {@code CODE_FORMAT}, {@code CODE_PREFIX} (ERROR), {@code SIZE_BAND}
 * (WARNING), {@code MISSING_ROLE} (ERROR), {@code ROLE_COUNT}, {@code SPAN} (WARNING). A rule returns
 * {@link io.gridgov.core.Finding findings} (the general {@link io.gridgov.core.Diagnostic},
 * also used by grid-duty and grid-scoring) naming the node ids concerned, with the message in
 * English and Chinese from the core bundle; users add their own
 * {@link io.gridgov.core.rule.StructuralRule rules}. The {@link io.gridgov.core.rule.StructuralReport}
 * is immutable and its order is deterministic. Everything here is immutable and thread-safe.
 */
package io.gridgov.core.rule;
