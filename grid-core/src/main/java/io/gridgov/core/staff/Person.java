package io.gridgov.core.staff;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A member of grid staff or a volunteer.
 *
 * @param id unique identifier
 * @param name display name
 * @param phone contact number for public boards (S5), if known
 */
public record Person(String id, String name, Optional<String> phone) {

    /** Validates the components. */
    public Person {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(phone, "phone");
        if (id.isBlank()) {
            throw new IllegalArgumentException("person id is blank");
        }
    }

    /** {@return a person without a phone number} */
    public static Person of(String id, String name) {
        return new Person(id, name, Optional.empty());
    }
}
