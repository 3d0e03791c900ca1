/**
 * The code samples quoted in {@code README.md} and {@code docs/}: each sample sits between
 * {@code // tag::name[]} and {@code // end::name[]} markers, runs in the build, and a test checks that
 * the documents quote it verbatim.
 */
package io.gridgov.examples.docs;
