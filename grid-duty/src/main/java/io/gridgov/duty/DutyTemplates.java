package io.gridgov.duty;

import static io.gridgov.duty.DutyMessages.MESSAGES;

import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads duty templates from JSON (format: {@code docs/formats/duties.md}) and gives the presets
 * shipped with GridGov, one per plan section. Reading checks the shape of every field and throws
 * {@link InvalidInputException} naming file, template and JSON path; the meaning (known roles and
 * actions, meetable quotas, {@code extends} chains) is checked by {@link DutyCatalog}. Stateless
 * and thread-safe.
 */
public final class DutyTemplates {

    /**
     * The ids of the presets, each citing its plan section (resources under {@code io/gridgov/duty/presets/}).
     * {@code s13-campaign} is a base only, extended by the campaign's three phases.
     */
    public static final List<String> PRESET_IDS = List.of(
            "s1-civilised-city", "s2-civilised-creation", "s3-worker-duties", "s4-rural-roles",
            "s5-daily-weekly-monthly", "s6-community-service", "s7-presence", "s8-three-fixes", "s9-party-visits",
            "s10-fire-safety", "s11-enterprise-safety", "s12-health-hats", "s13-campaign", "s13-mobilise",
            "s13-household-check", "s13-rectify", "s14-environment");

    private DutyTemplates() {
    }

    /**
     * Reads the templates in a file: one template, an array, or {@code {"templates": [...]}}.
     *
     * @param file the file
     * @return the templates, in file order
     * @throws InvalidInputException for a malformed file
     */
    public static List<DutyTemplate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputLocation.ofFile(file.toString()),
                    MESSAGES.text("template.noFile"));
        } catch (IOException e) {
            throw JsonTree.unreadable(e, file.toString());
        }
    }

    /**
     * Reads the templates in several files.
     *
     * @param files the files
     * @return all templates, file by file
     * @throws InvalidInputException for the first malformed file
     */
    public static List<DutyTemplate> read(Collection<Path> files) {
        List<DutyTemplate> out = new ArrayList<>();
        files.forEach(f -> out.addAll(read(f)));
        return out;
    }

    /**
     * Reads templates from a stream.
     *
     * @param in the stream (not closed)
     * @param name the name used in messages
     * @return the templates
     * @throws InvalidInputException for malformed input
     */
    public static List<DutyTemplate> read(InputStream in, String name) {
        return new TemplateParser(name).read(in);
    }

    /** {@return the preset with this id, read from the library's resources} */
    public static DutyTemplate preset(String id) {
        if (!PRESET_IDS.contains(id)) {
            throw InvalidDutyException.of("preset.unknown", JsonTree.quoted(id),
                    String.join(", ", PRESET_IDS));
        }
        String resource = "presets/" + id + ".json";
        try (InputStream in = DutyTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing: " + resource);
            }
            List<DutyTemplate> read = read(in, "preset:" + id);
            return read.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return every preset, in {@link #PRESET_IDS} order} */
    public static List<DutyTemplate> presets() {
        return PRESET_IDS.stream().map(DutyTemplates::preset).toList();
    }
}
