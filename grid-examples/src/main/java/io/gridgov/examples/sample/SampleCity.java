package io.gridgov.examples.sample;

import io.gridgov.core.code.CodeSchemes;
import io.gridgov.core.io.TreeDocument;
import io.gridgov.core.io.TreeJson;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Person;
import io.gridgov.core.staff.Role;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.DedicatedType;
import io.gridgov.core.tree.GridKind;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelSchemes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The bundled sample city: a fictional district, 明湖区 (code 520199), with 8 streets, 60 communities
 * and about 600 grids on the {@code urban} scheme with 15-digit codes, staffed with one worker per
 * grid (一格一员), a leader (网格长) and an instructor (网格指导员) per community who serve all of its
 * grids (一岗多责). Generated deterministically from a fixed seed; the result is committed as the
 * resource {@value #RESOURCE} and a test checks that the two agree.
 *
 * <p>The data hold a few deliberate imperfections so that the demo has something to report: two
 * grids above the 500-household band and one grid with two workers (warnings, no errors).
 *
 * <p>Regenerate with {@code java -cp grid-examples/target/gridgov.jar io.gridgov.examples.sample.SampleCity
 * grid-examples/src/main/resources/io/gridgov/examples/sample/city-tree.json}.
 */
public final class SampleCity {

    /** The class-path name of the committed sample tree. */
    public static final String RESOURCE = "/io/gridgov/examples/sample/city-tree.json";

    private static final long SEED = 20_261_101L;
    private static final String DISTRICT_CODE = "520199";
    private static final List<String> STREETS = List.of("中华路", "延安路", "文昌", "翠湖", "宝山", "南明", "花果园",
            "观山");
    private static final List<String> COMMUNITY_STEMS = List.of("和平", "民生", "新华", "春晖", "锦江", "阳明", "东山",
            "西湖", "月亮", "松柏", "桂香", "荷塘", "青云", "金竹", "银杏", "兴隆");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林");
    private static final List<String> GIVEN = List.of("敏", "强", "芳", "伟", "静", "磊", "娟", "军", "洋", "艳",
            "勇", "霞", "杰", "丽", "涛", "燕", "斌", "琳", "超", "婷");

    private SampleCity() {
    }

    /** {@return the sample city, generated (always the same)} */
    public static TreeDocument generate() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<GridNode> nodes = new ArrayList<>();
        Staffing.Builder staff = Staffing.builder();
        List<Person> people = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        nodes.add(GridNode.builder("d").name("明湖区").code(DISTRICT_CODE).level("district").build());
        int communities = 0;
        int gridCount = 0;
        for (int s = 0; s < STREETS.size(); s++) {
            String streetId = String.format("s%d", s + 1);
            String streetCode = DISTRICT_CODE + String.format("%03d", s + 1);
            nodes.add(GridNode.builder(streetId).parent("d").name(STREETS.get(s) + "街道").code(streetCode)
                    .level("street").build());
            int perStreet = s % 2 == 0 ? 7 : 8;
            for (int c = 0; c < perStreet; c++) {
                communities++;
                String communityId = String.format("c%02d", communities);
                String communityCode = streetCode + String.format("%03d", c + 1);
                String communityName = COMMUNITY_STEMS.get((s * 3 + c) % COMMUNITY_STEMS.size()) + "社区";
                if (nodes.stream().anyMatch(n -> n.name().equals(communityName))) {
                    nodes.add(GridNode.builder(communityId).parent(streetId)
                            .name(STREETS.get(s) + communityName).code(communityCode).level("community").build());
                } else {
                    nodes.add(GridNode.builder(communityId).parent(streetId).name(communityName)
                            .code(communityCode).level("community").build());
                }
                String leader = person(people, random, "p-" + communityId + "-leader");
                String instructor = person(people, random, "p-" + communityId + "-instructor");
                int grids = 8 + random.nextInt(5);
                for (int g = 0; g < grids; g++) {
                    gridCount++;
                    String gridId = String.format("g%03d", gridCount);
                    GridNode.Builder grid = GridNode.builder(gridId).parent(communityId)
                            .name(nameOf(nodes, communityId) + "第" + (g + 1) + "网格")
                            .code(communityCode + String.format("%03d", g + 1));
                    long households;
                    if (gridCount % 97 == 0) {
                        grid.kind(GridKind.dedicated(List.of(DedicatedType.SCHOOL, DedicatedType.HOSPITAL,
                                DedicatedType.MARKET).get((gridCount / 97) % 3))).tags("key-unit");
                        households = 5 + random.nextInt(40);
                    } else if (gridCount == 150 || gridCount == 433) {
                        households = 515 + random.nextInt(20);
                    } else {
                        households = 300 + random.nextInt(201);
                    }
                    long population = Math.round(households * (2.4 + random.nextDouble() * 0.8));
                    if (random.nextInt(10) == 0) {
                        grid.tags("riverside");
                    }
                    nodes.add(grid.households(households).population(population).build());
                    String worker = person(people, random, "p-" + gridId + "-worker");
                    assignments.add(Assignment.of(worker, Role.WORKER.key(), gridId));
                    assignments.add(Assignment.of(leader, Role.LEADER.key(), gridId));
                    assignments.add(Assignment.of(instructor, Role.INSTRUCTOR.key(), gridId));
                    if (gridCount == 321) {
                        String second = person(people, random, "p-" + gridId + "-worker2");
                        assignments.add(Assignment.of(second, Role.WORKER.key(), gridId));
                    }
                }
            }
        }
        staff.people(people).assign(assignments);
        GridTree tree = GridTree.of(LevelSchemes.urban(), nodes);
        return new TreeDocument(tree.scheme(), tree, staff.build(), List.of(), Optional.of(CodeSchemes.county15()));
    }

    private static String nameOf(List<GridNode> nodes, String id) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).id().equals(id)) {
                return nodes.get(i).name();
            }
        }
        throw new IllegalStateException(id);
    }

    private static String person(List<Person> people, SplittableRandom random, String id) {
        String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()))
                + (random.nextBoolean() ? GIVEN.get(random.nextInt(GIVEN.size())) : "");
        String phone = String.format("138%08d", random.nextInt(100_000_000));
        people.add(new Person(id, name, Optional.of(phone)));
        return id;
    }

    /** {@return the committed sample, read from the class path} */
    public static TreeDocument load() {
        try (InputStream in = SampleCity.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample tree " + RESOURCE + " is missing from the class path");
            }
            return TreeJson.read(in, "city-tree.json", Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the sample to a file.
     *
     * @param args the target file
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SampleCity FILE");
            System.exit(2);
        }
        TreeJson.write(generate(), Path.of(args[0]));
    }
}
