package io.gridgov.duty;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One duty (or one tier of a tiered duty) with the frequency that applies in some grids: the unit
 * the planner expands and the checker matches. Compared by identity. Not API.
 */
final class Rule {
    /** The template. */
    public final EffectiveTemplate template;
    /** The duty. */
    public final Duty duty;
    /** The tier, or empty. */
    public final OptionalInt tier;
    /** The performing role. */
    public final String role;
    /** The frequency, never tiered. */
    public final Frequency frequency;
    /** The evidence a record must carry (duration excluded: every record has it). */
    public final Set<Evidence> evidence;
    /** {@code template/code} or {@code template/code#tier}. */
    public final String key;
    /** {@code duty.<action>[.<targetCategory>]}. */
    public final String factPrefix;

    /** Creates a rule. */
    public Rule(EffectiveTemplate template, Duty duty, OptionalInt tier, String role, Frequency frequency) {
        this.template = template;
        this.duty = duty;
        this.tier = tier;
        this.role = role;
        this.frequency = frequency;
        Set<Evidence> ev = duty.evidence().isEmpty() ? EnumSet.noneOf(Evidence.class) : EnumSet.copyOf(duty.evidence());
        ev.remove(Evidence.DURATION);
        this.evidence = ev;
        this.key = template.id() + "/" + duty.code() + (tier.isPresent() ? "#" + tier.getAsInt() : "");
        String c = duty.target().category();
        this.factPrefix = "duty." + duty.action() + (c.isEmpty() ? "" : "." + c);
    }

    @Override
    public String toString() {
        return key;
    }
}
