/**
 * Implementation of the assessment engine: validation, evaluation, JSON helpers. Not exported; no
 * compatibility promise.
 */
package io.gridgov.scoring.internal;
