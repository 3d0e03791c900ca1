/**
 * Facts (考核数据): the one contract between the modules that produce facts (duties, case handling)
 * and the one that consumes them (scoring). {@link io.gridgov.core.facts.FactSet} is the value,
 * {@link io.gridgov.core.facts.FactSet#merge} joins several sources by subject, and
 * {@link io.gridgov.core.facts.FactFiles} reads and writes the JSON and CSV formats
 * (docs/formats/facts.md); {@link io.gridgov.core.facts.FactReader} reads them one subject at a time,
 * for files too large to hold. A producer builds a {@code FactSet} and writes it with {@code FactFiles};
 * it never writes another module's format.
 */
package io.gridgov.core.facts;
