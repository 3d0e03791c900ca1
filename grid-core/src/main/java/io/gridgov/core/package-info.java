/**
 * GridGov core: values shared by every module.
 *
 * <p>The grid tree lives in {@link io.gridgov.core.tree}, staffing in {@link io.gridgov.core.staff},
 * messages in {@link io.gridgov.core.i18n}, and input errors in {@link io.gridgov.core.io}.
 */
package io.gridgov.core;
