package io.gridgov.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridKind;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.InvalidTreeException;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deliberately minimal reader of a grid tree for the duties commands, to be replaced by grid-core's
 * {@code TreeJson} (see {@link TreeSource#DEFAULT}). Format:
 * <pre>
 * {"levels": ["community", "grid"],
 *  "nodes": [{"id": "c1", "name": "翠湖社区"},
 *            {"id": "g1", "parent": "c1", "households": 320, "kind": "comprehensive", "tags": ["riverside"],
 *             "attributes": {"households.key": 12, "households.ordinary": 308}}]}
 * </pre>
 */
final class MinimalTreeJson {

    private MinimalTreeJson() {
    }

    static GridTree read(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputLocation.ofFile(name), "the file does not exist");
        } catch (JsonProcessingException e) {
            InputLocation at = InputLocation.ofFile(name);
            if (e.getLocation() != null) {
                at = at.at(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            }
            throw new InvalidInputException(at, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InputLocation at = InputLocation.ofFile(name);
        if (root == null || !root.isObject() || !root.path("levels").isArray() || !root.path("nodes").isArray()) {
            throw new InvalidInputException(at, "expected {\"levels\": [...], \"nodes\": [...]}");
        }
        List<Level> levels = new ArrayList<>();
        root.get("levels").forEach(l -> levels.add(Level.builder(l.asText()).build()));
        if (levels.isEmpty()) {
            throw new InvalidInputException(at.withField("levels"), "expected at least one level key, found none");
        }
        List<GridNode> nodes = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.get("nodes")) {
            String path = "nodes[" + i++ + "]";
            if (!n.path("id").isTextual()) {
                throw new InvalidInputException(at.withField(path + ".id"), "expected a node id text");
            }
            InputLocation nodeAt = at.withRecord("node \"" + n.get("id").asText() + "\"");
            try {
                GridNode.Builder b = GridNode.builder(n.get("id").asText());
                if (n.hasNonNull("parent")) {
                    b.parent(n.get("parent").asText());
                }
                if (n.hasNonNull("name")) {
                    b.name(n.get("name").asText());
                }
                if (n.hasNonNull("level")) {
                    b.level(n.get("level").asText());
                }
                if (n.hasNonNull("kind")) {
                    b.kind(GridKind.parse(n.get("kind").asText()));
                }
                if (n.hasNonNull("households")) {
                    if (!n.get("households").canConvertToLong()) {
                        throw new InvalidInputException(nodeAt.withField("households"), "expected a whole number ≥ 0, found "
                                + n.get("households"));
                    }
                    b.households(n.get("households").asLong());
                }
                n.path("tags").forEach(t -> b.tags(t.asText()));
                for (Map.Entry<String, JsonNode> e : n.path("attributes").properties()) {
                    b.attribute(e.getKey(), e.getValue().asText());
                }
                nodes.add(b.build());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(nodeAt, e.getMessage());
            }
        }
        try {
            return GridTree.of(LevelScheme.of(file.getFileName().toString(), levels.toArray(Level[]::new)), nodes);
        } catch (InvalidTreeException e) {
            throw new InvalidInputException(at, e.getMessage());
        }
    }
}
