/**
 * Bilingual messages (zh_CN and en) from resource bundles; see {@link io.gridgov.core.i18n.Messages}.
 */
package io.gridgov.core.i18n;
