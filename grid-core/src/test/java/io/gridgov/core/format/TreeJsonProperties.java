package io.gridgov.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Person;
import io.gridgov.core.staff.Role;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.Validity;
import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import io.gridgov.core.testing.TreeArbitraries;
import io.gridgov.core.tree.GridTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TreeJsonProperties {

    /** Strings a user may put anywhere: empty, blank, quotes, control and bidi characters, CJK, emoji, lone surrogates. */
    static Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\t", "翠湖一网格", "say \"hi\"", "back\\slash", "line\nbreak", "\u0000nul",
                        "\u202Ebidi", "🌏 地球", "\uD800", "x\uDC00y", "id", "parent", "12", "null"),
                Arbitraries.strings().all().ofMaxLength(12));
    }

    /** Non-blank texts (what a value type requires of an id or key). */
    static Arbitrary<String> anyId() {
        return anyText().filter(t -> !t.isBlank());
    }

    @Provide
    Arbitrary<TreeDocument> hostileDocuments() {
        Arbitrary<LevelScheme> schemes = Combinators.combine(anyId(), anyText(), anyText(),
                Arbitraries.integers().between(1, 4), anyText()).as((id, zh, en, depth, levelName) -> {
                    List<Level> levels = new ArrayList<>();
                    for (int i = 1; i <= depth; i++) {
                        levels.add(Level.builder("k" + i).names(levelName, levelName + i).build());
                    }
                    return new LevelScheme(id, zh, en, levels);
                });
        Arbitrary<List<GridNode>> nodes = Combinators.combine(anyId().list().ofMinSize(1).ofMaxSize(6).uniqueElements(),
                anyText().list().ofSize(6), anyText().list().ofSize(6), anyText().list().ofSize(6),
                anyText().set().ofMaxSize(3)).as((ids, names, keys, values, tags) -> {
                    List<GridNode> out = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        GridNode.Builder b = GridNode.builder(ids.get(i)).name(names.get(i)).tags(tags)
                                .code(values.get(i)).level("k1");
                        if (i > 0) {
                            b.parent(ids.get(0)).level("k2");
                        }
                        String key = keys.get(i);
                        if (!NodeProperties.NAMES.contains(key)) {
                            b.attribute(key, values.get(i));
                        }
                        out.add(b.build());
                    }
                    return out;
                });
        return Combinators.combine(schemes, nodes, anyId(), anyText(), anyText(), anyText(), anyId())
                .as((scheme, ns, personId, personName, phone, roleName, roleKey) -> {
                    GridTree tree = GridTree.of(scheme.depth() >= 2 ? scheme
                            : new LevelScheme(scheme.id(), scheme.nameZh(), scheme.nameEn(), List.of(
                                    scheme.levels().get(0), Level.builder("k2").build())), ns);
                    Staffing staff = Staffing.builder().role(Role.of("custom-" + roleKey, roleName, roleName))
                            .person(new Person(personId, personName, phone.isEmpty() ? Optional.empty() : Optional.of(phone)))
                            .assign(new Assignment(personId, "custom-" + roleKey, ns.get(0).id(), Validity.ALWAYS))
                            .build();
                    return new TreeDocument(tree.scheme(), tree, staff, List.of(), Optional.empty());
                });
    }

    /**
     * Issue 13: a tree that {@code TreeJson.write} wrote and {@code TreeJson.read} refused (blank names,
     * phones and scheme names written as "" and refused as blank; lone surrogates). What the value types
     * accept, the format writes and reads back equal.
     */
    @Property(tries = 300)
    void anyDocumentTheValuesAcceptIsReadBackEqual(@ForAll("hostileDocuments") TreeDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeJson.write(doc, out);
        TreeDocument again = TreeJson.read(new ByteArrayInputStream(out.toByteArray()), "generated.json",
                Optional.empty());
        assertThat(again.findings()).isEmpty();
        assertThat(again.scheme()).isEqualTo(doc.scheme());
        assertThat(again.tree().nodes().toList()).containsExactlyElementsOf(doc.tree().nodes().toList());
        assertThat(again.staffing()).isEqualTo(doc.staffing());
    }

    @Provide
    Arbitrary<TreeDocument> documents() {
        return TreeArbitraries.trees().flatMap(t -> TreeArbitraries.staffing(t)
                .map(s -> new TreeDocument(t.scheme(), t, s, List.of(), Optional.empty())));
    }

    @Property(tries = 200)
    void writingThenReadingIsTheIdentity(@ForAll("documents") TreeDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeJson.write(doc, out);
        TreeDocument again = TreeJson.read(new ByteArrayInputStream(out.toByteArray()), "generated.json",
                Optional.empty());
        GridTree tree = again.tree();
        assertThat(again.findings()).isEmpty();
        assertThat(tree).isEqualTo(doc.tree());
        assertThat(tree.nodes().toList()).containsExactlyElementsOf(doc.tree().nodes().toList());
        Staffing staff = again.staffing();
        assertThat(staff).isEqualTo(doc.staffing());
    }
}
