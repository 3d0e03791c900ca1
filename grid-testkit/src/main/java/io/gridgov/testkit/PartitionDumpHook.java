package io.gridgov.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A jqwik hook (失败样本导出) that writes the partitions of a falsified property's shrunk sample as
 * GeoJSON, to open in QGIS or to run {@code gridgov validate} on: each {@link Partition} parameter (and
 * the partition of each {@link Mutation}) becomes {@code CLASS.METHOD-N.geojson}, and its lakes
 * {@code CLASS.METHOD-N-allowed-gaps.geojson}, in {@code target/gridgov-failures} (or the folder named
 * by the system property {@value #FOLDER_PROPERTY}). The paths are published in the property's report
 * and printed on standard error. Add it to a property or a container:
 *
 * <pre>{@code
 * @Property
 * @AddLifecycleHook(PartitionDumpHook.class)
 * void everyGapIsReported(@ForAll("gaps") Mutation m) { ... }
 * }</pre>
 *
 * A passing property writes nothing. Stateless and thread-safe.
 */
public final class PartitionDumpHook implements AroundPropertyHook {

    /** The system property naming the folder the GeoJSON files go to. */
    public static final String FOLDER_PROPERTY = "gridgov.testkit.failures";

    /** Creates the hook (jqwik does). */
    public PartitionDumpHook() {
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyExecutionResult result = property.execute();
        if (result.status() != PropertyExecutionResult.Status.FAILED || result.falsifiedParameters().isEmpty()) {
            return result;
        }
        String name = context.containerClass().getSimpleName() + "." + context.targetMethod().getName();
        List<Path> files = write(folder(), name, result.falsifiedParameters().get());
        for (Path f : files) {
            context.reporter().publishValue("partition as GeoJSON", f.toAbsolutePath().toString());
            System.err.println("gridgov testkit: falsified partition written to " + f.toAbsolutePath());
        }
        return result;
    }

    /** {@return the folder of the files: the system property, else {@code target/gridgov-failures}} */
    static Path folder() {
        return Path.of(System.getProperty(FOLDER_PROPERTY, "target/gridgov-failures"));
    }

    /**
     * Writes the partitions among a sample's parameters.
     *
     * @param folder where (created when missing)
     * @param name the files' name stem, such as the property's class and method
     * @param parameters the sample's parameters; those that are not partitions or mutations are skipped
     * @return the files written, grids first and then the lakes of each partition that has some
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> write(Path folder, String name, List<?> parameters) {
        List<Path> out = new ArrayList<>();
        int n = 0;
        try {
            for (Object p : parameters) {
                Partition partition = p instanceof Partition q ? q : p instanceof Mutation m ? m.partition() : null;
                if (partition == null) {
                    continue;
                }
                Files.createDirectories(folder);
                String stem = name + "-" + (++n);
                out.add(Files.writeString(folder.resolve(stem + ".geojson"), partition.toGeoJson(), StandardCharsets.UTF_8));
                if (!partition.allowedGaps().isEmpty()) {
                    out.add(Files.writeString(folder.resolve(stem + "-allowed-gaps.geojson"),
                            partition.allowedGapsToGeoJson(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
