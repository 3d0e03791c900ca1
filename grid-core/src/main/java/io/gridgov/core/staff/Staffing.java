package io.gridgov.core.staff;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff of a grid tree: roles, people and their assignments. Immutable and thread-safe;
 * indexed by grid and by person.
 *
 * <pre>{@code
 * Staffing staff = Staffing.builder()
 *         .person(Person.of("p1", "张敏"))
 *         .assign(Assignment.of("p1", "worker", "g-001"))
 *         .build();
 * staff.holders("g-001", "worker", LocalDate.of(2026, 11, 1));  // [p1]
 * }</pre>
 */
public final class Staffing {

    private static final Staffing EMPTY = builder().build();

    private final Map<String, Role> roles;
    private final Map<String, Person> people;
    private final List<Assignment> assignments;
    private final Map<String, List<Assignment>> byGrid;
    private final Map<String, List<Assignment>> byPerson;

    private Staffing(Map<String, Role> roles, Map<String, Person> people, List<Assignment> assignments) {
        this.roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        this.people = Collections.unmodifiableMap(new LinkedHashMap<>(people));
        this.assignments = List.copyOf(assignments);
        Map<String, List<Assignment>> g = new HashMap<>();
        Map<String, List<Assignment>> p = new HashMap<>();
        for (Assignment a : this.assignments) {
            g.computeIfAbsent(a.gridId(), k -> new ArrayList<>()).add(a);
            p.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
        }
        g.replaceAll((k, v) -> List.copyOf(v));
        p.replaceAll((k, v) -> List.copyOf(v));
        this.byGrid = g;
        this.byPerson = p;
    }

    /** {@return staffing with the built-in roles and nobody assigned} */
    public static Staffing empty() {
        return EMPTY;
    }

    /** {@return a builder that starts with the built-in roles} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this staffing's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        roles.values().forEach(b::role);
        people.values().forEach(b::person);
        assignments.forEach(b::assign);
        return b;
    }

    /** {@return the roles by key, built-in first} */
    public Map<String, Role> roles() {
        return roles;
    }

    /** {@return the role with this key, if known} */
    public Optional<Role> role(String key) {
        return Optional.ofNullable(roles.get(requireNonNull(key, "key")));
    }

    /** {@return the people by id} */
    public Map<String, Person> people() {
        return people;
    }

    /** {@return the person with this id, if known} */
    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(requireNonNull(id, "id")));
    }

    /** {@return every assignment, in the order given} */
    public List<Assignment> assignments() {
        return assignments;
    }

    /** {@return the assignments in a grid, any role and date} */
    public List<Assignment> inGrid(String gridId) {
        return byGrid.getOrDefault(requireNonNull(gridId, "gridId"), List.of());
    }

    /** {@return the assignments of a person, any grid and date} */
    public List<Assignment> ofPerson(String personId) {
        return byPerson.getOrDefault(requireNonNull(personId, "personId"), List.of());
    }

    /**
     * The people holding a role in a grid on a date.
     *
     * @param gridId the grid
     * @param role the role key
     * @param date the day
     * @return person ids, in assignment order, without repeats
     */
    public List<String> holders(String gridId, String role, LocalDate date) {
        requireNonNull(role, "role");
        requireNonNull(date, "date");
        return inGrid(gridId).stream()
                .filter(a -> a.role().equals(role) && a.validity().contains(date))
                .map(Assignment::personId).distinct().toList();
    }

    /** {@return the number of assignments} */
    public int size() {
        return assignments.size();
    }

    /** {@return whether the other staffing has the same roles, people and assignments, in order} */
    @Override
    public boolean equals(Object other) {
        return other instanceof Staffing s && roles.equals(s.roles) && people.equals(s.people)
                && assignments.equals(s.assignments);
    }

    @Override
    public int hashCode() {
        return (roles.hashCode() * 31 + people.hashCode()) * 31 + assignments.hashCode();
    }

    @Override
    public String toString() {
        return "Staffing[roles=" + roles.size() + ", people=" + people.size() + ", assignments=" + assignments.size()
                + "]";
    }

    /** Builds a {@link Staffing}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Role> roles = new LinkedHashMap<>();
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final List<Assignment> assignments = new ArrayList<>();

        private Builder() {
            Role.builtIn().forEach(this::role);
        }

        /** Adds or replaces a role. @return this builder */
        public Builder role(Role role) {
            roles.put(requireNonNull(role, "role").key(), role);
            return this;
        }

        /** Adds or replaces a person. @return this builder */
        public Builder person(Person person) {
            people.put(requireNonNull(person, "person").id(), person);
            return this;
        }

        /** Adds people. @return this builder */
        public Builder people(Collection<Person> people) {
            people.forEach(this::person);
            return this;
        }

        /** Adds an assignment. @return this builder */
        public Builder assign(Assignment assignment) {
            assignments.add(requireNonNull(assignment, "assignment"));
            return this;
        }

        /** Adds assignments. @return this builder */
        public Builder assign(Collection<Assignment> assignments) {
            assignments.forEach(this::assign);
            return this;
        }

        /** {@return the staffing} */
        public Staffing build() {
            return new Staffing(roles, people, assignments);
        }
    }
}
