package io.gridgov.core.edit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.util.List;

/**
 * The record of one applied edit (变更记录): what was asked, which nodes were added, removed and
 * changed, and a description in English and Chinese. Immutable and thread-safe.
 *
 * @param edit the edit
 * @param added ids of nodes that are new
 * @param removed ids of nodes that no longer exist
 * @param changed ids of nodes whose values changed (e.g. a new parent, name or code)
 * @param description what happened
 */
public record Change(TreeEdit edit, List<String> added, List<String> removed, List<String> changed,
        LocalizedText description) {

    /** Validates and copies the components. */
    public Change {
        requireNonNull(edit, "edit");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        requireNonNull(description, "description");
    }
}
