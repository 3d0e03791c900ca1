package io.gridgov.core.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.code.CodeScheme;
import io.gridgov.core.code.CodeSchemes;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.staff.Role;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writer of the tree format: scheme (a preset id or an object), code scheme, then one node, role,
 * person or assignment per line (through {@link LinePrinter}), nodes in the tree's pre-order.
 * Package-private; {@link TreeJson} is the entry point. Stateless and thread-safe.
 */
final class TreeJsonWriter {

    private static final ObjectMapper MAPPER = JsonTree.STREAMING;

    private TreeJsonWriter() {
    }

    /**
     * Writes a document to a stream (not closed) as UTF-8; {@link TreeJson#write(TreeDocument, OutputStream)}
     * has checked the arguments.
     */
    static void write(TreeDocument document, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new LinePrinter());
            g.writeStartObject();
            g.writeFieldName("scheme");
            LevelScheme scheme = document.scheme();
            if (LevelSchemes.byId(scheme.id()).filter(scheme::equals).isPresent()) {
                g.writeString(scheme.id());
            } else {
                LevelSchemeJson.write(scheme, g);
            }
            Optional<CodeScheme> codes = document.codeScheme()
                    .filter(c -> CodeSchemes.byId(c.id()).filter(c::equals).isPresent());
            if (codes.isPresent()) {
                g.writeStringField("codeScheme", codes.get().id());
            }
            g.writeArrayFieldStart("nodes");
            for (GridNode node : (Iterable<GridNode>) document.tree().nodes()::iterator) {
                g.writeStartObject();
                for (Map.Entry<String, Object> e : NodeProperties.toProperties(node).entrySet()) {
                    g.writeFieldName(e.getKey());
                    Object v = e.getValue();
                    if (v instanceof Long l) {
                        g.writeNumber(l);
                    } else if (v instanceof List<?> list) {
                        g.writeStartArray();
                        for (Object item : list) {
                            g.writeString((String) item);
                        }
                        g.writeEndArray();
                    } else {
                        g.writeString((String) v);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            Staffing staff = document.staffing();
            List<Role> custom = staff.roles().values().stream().filter(r -> !Role.builtIn().contains(r)).toList();
            ObjectArrays.writeUnlessEmpty(g, "roles", custom, (r, o) -> {
                o.writeStringField("key", r.key());
                o.writeStringField("nameZh", r.nameZh());
                o.writeStringField("nameEn", r.nameEn());
            });
            ObjectArrays.writeUnlessEmpty(g, "people", staff.people().values(), (person, o) -> {
                o.writeStringField("id", person.id());
                o.writeStringField("name", person.name());
                if (person.phone().isPresent()) {
                    o.writeStringField("phone", person.phone().get());
                }
            });
            ObjectArrays.writeUnlessEmpty(g, "assignments", staff.assignments(), (a, o) -> {
                o.writeStringField("person", a.personId());
                o.writeStringField("role", a.role());
                o.writeStringField("grid", a.gridId());
                if (a.validity().fromInclusive().isPresent()) {
                    o.writeStringField("validFrom", a.validity().fromInclusive().get().toString());
                }
                if (a.validity().untilExclusive().isPresent()) {
                    o.writeStringField("validUntil", a.validity().untilExclusive().get().toString());
                }
            });
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
