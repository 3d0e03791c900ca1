package io.gridgov.spring;

import static io.gridgov.spring.SpringMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.function.BiFunction;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the files that {@code gridgov.*} properties name (资源文件读取) through the library's own readers,
 * so that a missing or bad file is an {@link InvalidInputException} naming the file (and the line,
 * column and field the reader found), never a Spring or I/O stack. Stateless and thread-safe.
 */
public final class GridResources {

    private GridResources() {
    }

    /**
     * The name a message gives a resource: the file's path, or {@code classpath:} and the resource path.
     *
     * @param resource the resource
     * @return its name
     */
    public static String name(Resource resource) {
        requireNonNull(resource, "resource");
        if (resource instanceof ClassPathResource c) {
            return ResourceLoader.CLASSPATH_URL_PREFIX + c.getPath();
        }
        if (resource.isFile()) {
            try {
                return resource.getFile().toString();
            } catch (IOException e) {
                // fall through to the description
            }
        }
        return resource.getDescription();
    }

    /**
     * Opens a resource and hands the stream and the resource's name to a library reader.
     *
     * @param <T> what the reader returns
     * @param resource the resource
     * @param reader the library's reader, such as {@code TreeJson::read}
     * @return what the reader returns
     * @throws InvalidInputException when the file is missing or unreadable, or the reader rejects it
     */
    public static <T> T read(Resource resource, BiFunction<InputStream, String, T> reader) {
        requireNonNull(reader, "reader");
        String name = name(resource);
        InputLocation where = InputLocation.ofFile(name);
        if (!resource.exists()) {
            throw new InvalidInputException(where, MESSAGES.text("file.missing", name));
        }
        try (InputStream in = resource.getInputStream()) {
            return reader.apply(in, name);
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new InvalidInputException(where, MESSAGES.text("file.missing", name), e);
        } catch (IOException e) {
            throw new InvalidInputException(where, MESSAGES.text("file.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The error for a property naming neither a preset nor an existing file.
     *
     * @param property the property, such as {@code gridgov.scoring.scheme}
     * @param presets the preset ids
     * @param value the value given
     * @return the exception to throw
     */
    public static InvalidInputException unknownPreset(String property, Object presets, String value) {
        return new InvalidInputException(InputLocation.ofFile(property),
                MESSAGES.text("preset.unknown", presets, value));
    }
}
