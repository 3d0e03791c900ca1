package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.staff.Role;
import io.gridgov.core.tree.Validity;
import java.util.List;
import java.util.Optional;

/**
 * A duty template (职责模板): the duties of one domain — fire safety, civilised city, party
 * building — with the grids they bind to. A template may {@code extends} another: it inherits the
 * parent's duties, replaces those with the same code, drops those listed in {@link #removed()},
 * and inherits the parent's bindings when it declares none. A grid can carry several templates.
 * A template marked {@code abstract} is a base only (基础模板): others extend it, it is never planned
 * itself. A template with a {@linkplain #validity() validity} exists only on those dates — a
 * campaign's phase (S13) — and a child inherits its parent's validity when it declares none.
 * Templates are read from JSON by {@link DutyTemplates}; the format is in
 * {@code docs/formats/duties.md}. A value; immutable and thread-safe.
 *
 * @param id unique identifier, such as {@code s9-party-visits}
 * @param domain the domain, such as {@code party-building}
 * @param names the names in both languages
 * @param version the template's version, such as {@code 1.0}
 * @param parent the id of the template this one extends, if any
 * @param duties the duties declared here (before inheritance)
 * @param removed codes of inherited duties this template drops
 * @param bindings the grids it applies to (empty: inherit, or apply nowhere when there is no parent)
 * @param overrides per-grid changes
 * @param roles roles this template declares beyond the built-in ones
 * @param actions actions this template declares beyond the built-in ones
 * @param source the plan the template comes from, such as {@code S9}, if any
 * @param origin the file it was read from, if any (used in error messages)
 * @param base whether the template is a base only ({@code "abstract": true}): extended, never planned
 * @param validity the dates on which its duties exist, {@link Validity#ALWAYS} for every day
 * @param levelScheme the id of the level scheme preset whose level keys its bindings name, if declared
 *        (presets declare theirs, and a test checks every preset against it)
 */
public record DutyTemplate(String id, String domain, LocalizedText names, String version, Optional<String> parent,
        List<Duty> duties, List<String> removed, List<Binding> bindings, List<GridOverride> overrides,
        List<Role> roles, List<Action> actions, Optional<String> source, Optional<String> origin, boolean base,
        Validity validity, Optional<String> levelScheme) {

    /** Validates and copies the components. */
    public DutyTemplate {
        requireNonNull(id, "id");
        requireNonNull(domain, "domain");
        requireNonNull(names, "names");
        requireNonNull(version, "version");
        requireNonNull(parent, "parent");
        requireNonNull(source, "source");
        requireNonNull(origin, "origin");
        requireNonNull(validity, "validity");
        requireNonNull(levelScheme, "levelScheme");
        if (id.isBlank()) {
            throw InvalidDutyException.of("value.blankTemplateId");
        }
        duties = List.copyOf(duties);
        removed = List.copyOf(removed);
        bindings = List.copyOf(bindings);
        overrides = List.copyOf(overrides);
        roles = List.copyOf(roles);
        actions = List.copyOf(actions);
    }

    /** {@return a minimal template: no parent, no overrides, no extra roles or actions} */
    public static DutyTemplate of(String id, String domain, List<Binding> bindings, List<Duty> duties) {
        return new DutyTemplate(id, domain, new LocalizedText(id, id), "1", Optional.empty(), duties, List.of(),
                bindings, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), false, Validity.ALWAYS,
                Optional.empty());
    }

    /**
     * The same template as a base only or not.
     *
     * @param base whether it is a base only
     * @return the copy
     */
    public DutyTemplate withBase(boolean base) {
        return new DutyTemplate(id, domain, names, version, parent, duties, removed, bindings, overrides, roles,
                actions, source, origin, base, validity, levelScheme);
    }

    /**
     * The same template, existing only on the given dates.
     *
     * @param validity the dates
     * @return the copy
     */
    public DutyTemplate withValidity(Validity validity) {
        return new DutyTemplate(id, domain, names, version, parent, duties, removed, bindings, overrides, roles,
                actions, source, origin, base, validity, levelScheme);
    }
}
