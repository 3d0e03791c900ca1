/**
 * The service-provider interface for vendor rule kinds: {@link io.gridgov.scoring.spi.RuleKind}.
 *
 * <p>Specification. A provider handles one {@code type} that is not built in (deduct, rate, linear,
 * bands, checklist, manual, add); it reports the facts a rule reads, validates its parameters and
 * awards points in [0, points] with a bilingual reason. Providers are stateless and thread-safe.
 */
package io.gridgov.scoring.spi;
