package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.Validity;
import java.util.List;
import java.util.Set;

/**
 * A template after inheritance: its own duties plus those inherited along {@code extends}, with the
 * bindings, overrides, roles and actions that apply. Built by {@link DutyCatalog}. A value;
 * immutable and thread-safe.
 *
 * @param template the template as declared
 * @param duties the effective duties, inherited first, in declaration order
 * @param bindings the effective bindings (its own, else the nearest ancestor's)
 * @param overrides the effective per-grid overrides (ancestors' first)
 * @param roles the role keys known to it (built-in and declared along the chain)
 * @param actions the action keys known to it (built-in and declared along the chain)
 * @param validity the dates its duties exist on: its own, else the nearest ancestor's
 */
public record EffectiveTemplate(DutyTemplate template, List<Duty> duties, List<Binding> bindings,
        List<GridOverride> overrides, Set<String> roles, Set<String> actions, Validity validity) {

    /** Validates and copies the components. */
    public EffectiveTemplate {
        requireNonNull(template, "template");
        duties = List.copyOf(duties);
        bindings = List.copyOf(bindings);
        overrides = List.copyOf(overrides);
        roles = Set.copyOf(roles);
        actions = Set.copyOf(actions);
        requireNonNull(validity, "validity");
    }

    /** {@return the template's id} */
    public String id() {
        return template.id();
    }
}
