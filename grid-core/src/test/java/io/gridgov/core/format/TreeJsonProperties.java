package io.gridgov.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.staff.Staffing;
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
