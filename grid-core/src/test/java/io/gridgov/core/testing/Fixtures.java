package io.gridgov.core.testing;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Loads test fixtures from the class path. */
public final class Fixtures {
    private Fixtures() {
    }

    /** {@return the tree document in the resource {@code path} (absolute class-path name)} */
    public static TreeDocument tree(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return TreeJson.read(in, path.substring(path.lastIndexOf('/') + 1), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
