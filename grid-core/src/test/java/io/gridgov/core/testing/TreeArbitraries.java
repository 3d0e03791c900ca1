package io.gridgov.core.testing;

import io.gridgov.core.edit.TreeEdit;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Person;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.Band;
import io.gridgov.core.tree.DedicatedType;
import io.gridgov.core.tree.GridKind;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.RoleRequirement;
import io.gridgov.core.tree.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Reusable jqwik arbitraries for grid trees: random schemes of 2–5 levels, forests of 1–60 nodes
 * with consistent codes, optional households and population, tags, kinds, validity and attributes;
 * staffing for a tree; and valid edits of a tree. Built from small integer "genes", so failures shrink.
 */
public final class TreeArbitraries {

    private static final List<String> NAMES = List.of("", "翠湖一网格", "say \"hi\"", "back\\slash", "tab\there",
            "🌏 地球");

    private TreeArbitraries() {
    }

    /** One node's random choices. */
    record Gene(int pick, int rootDie, Integer households, Integer population, int tags, int name, int extra) {
    }

    private static Arbitrary<Gene> genes() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 800).injectNull(0.2),
                Arbitraries.integers().between(0, 3_000).injectNull(0.2),
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, NAMES.size() - 1),
                Arbitraries.integers().between(0, 9)).as(Gene::new);
    }

    /** {@return trees of 1–60 nodes} */
    public static Arbitrary<GridTree> trees() {
        return trees(1, 60);
    }

    /** {@return trees of {@code min}–{@code max} nodes on a random scheme of 2–5 levels} */
    public static Arbitrary<GridTree> trees(int min, int max) {
        return Combinators.combine(Arbitraries.integers().between(2, 5),
                genes().list().ofMinSize(min).ofMaxSize(max)).as(TreeArbitraries::build);
    }

    /** {@return a scheme of {@code depth} levels, two code digits each, sizes and a worker at the bottom} */
    public static LevelScheme scheme(int depth) {
        List<Level> levels = new ArrayList<>();
        for (int i = 1; i <= depth; i++) {
            Level.Builder b = Level.builder("l" + i).names("第" + i + "级", "level " + i).codeLength(2);
            if (i == depth) {
                b.households(Band.of(100, 500)).require(RoleRequirement.of("worker", 1, 1));
            }
            levels.add(b.build());
        }
        return new LevelScheme("gen-" + depth, "生成" + depth, "generated " + depth, levels);
    }

    static GridTree build(int depth, List<Gene> genes) {
        List<GridNode> nodes = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        Map<Integer, Integer> childCount = new HashMap<>();
        int roots = 0;
        for (int i = 0; i < genes.size(); i++) {
            Gene g = genes.get(i);
            List<Integer> candidates = new ArrayList<>();
            for (int k = 0; k < nodes.size(); k++) {
                if (levels.get(k) < depth) {
                    candidates.add(k);
                }
            }
            GridNode.Builder b = GridNode.builder("n" + i);
            int level;
            if (candidates.isEmpty() || g.rootDie() == 0 || roots == 0) {
                roots++;
                b.code(String.format("%02d", roots));
                level = 1;
            } else {
                int parent = candidates.get(g.pick() % candidates.size());
                int seq = childCount.merge(parent, 1, Integer::sum);
                b.parent("n" + parent).code(nodes.get(parent).code().orElseThrow() + String.format("%02d", seq));
                level = levels.get(parent) + 1;
            }
            if (!NAMES.get(g.name()).isEmpty()) {
                b.name(NAMES.get(g.name()));
            }
            if (g.households() != null) {
                b.households(g.households());
            }
            if (g.population() != null) {
                b.population(g.population());
            }
            Set<String> tags = new TreeSet<>();
            for (int t = 0; t < 3; t++) {
                if ((g.tags() & (1 << t)) != 0) {
                    tags.add(List.of("riverside", "market", "老旧小区").get(t));
                }
            }
            b.tags(tags);
            switch (g.extra()) {
                case 1 -> b.kind(GridKind.dedicated(DedicatedType.SCHOOL));
                case 2 -> b.validity(Validity.from(LocalDate.of(2026, 1, 1)));
                case 3 -> b.attribute("note", "备注 " + i);
                case 4 -> b.level("l" + level);
                default -> {
                }
            }
            nodes.add(b.build());
            levels.add(level);
        }
        return GridTree.of(scheme(depth), nodes);
    }

    /** {@return staffing for a tree: some grids with workers and leaders, some people holding several} */
    public static Arbitrary<Staffing> staffing(GridTree tree) {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            Staffing.Builder b = Staffing.builder();
            List<GridNode> nodes = tree.nodes().toList();
            int people = 1 + random.nextInt(Math.max(1, nodes.size()));
            for (int p = 0; p < people; p++) {
                b.person(random.nextBoolean() ? Person.of("p" + p, "人员" + p)
                        : new Person("p" + p, "Person " + p, Optional.of("138" + p)));
            }
            for (GridNode n : nodes) {
                if (random.nextInt(3) > 0) {
                    String role = random.nextBoolean() ? "worker" : "leader";
                    Validity v = random.nextInt(4) == 0
                            ? Validity.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)) : Validity.ALWAYS;
                    b.assign(new Assignment("p" + random.nextInt(people), role, n.id(), v));
                }
            }
            return b.build();
        });
    }

    /** {@return valid edits of a tree: moves, renames, recodes, splits, merges, adds and retirements} */
    public static Arbitrary<TreeEdit> edits(GridTree tree) {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000)).as((kind, a, b) -> edit(tree, kind, a, b))
                .filter(Optional::isPresent).map(Optional::get);
    }

    static Optional<TreeEdit> edit(GridTree tree, int kind, int a, int b) {
        List<GridNode> nodes = tree.nodes().toList();
        int depth = tree.scheme().depth();
        switch (kind) {
            case 0 -> {
                List<GridNode> movable = nodes.stream().filter(n -> !n.isRoot()).toList();
                if (movable.isEmpty()) {
                    return Optional.empty();
                }
                GridNode x = movable.get(a % movable.size());
                int parentLevel = tree.levelNumber(x.parentId().get());
                List<GridNode> targets = nodes.stream().filter(n -> tree.levelNumber(n.id()) == parentLevel
                        && !n.id().equals(x.id()) && !tree.isAncestor(x.id(), n.id())).toList();
                return Optional.of(new TreeEdit.Move(x.id(), targets.get(b % targets.size()).id()));
            }
            case 1 -> {
                return Optional.of(new TreeEdit.Rename(nodes.get(a % nodes.size()).id(), "改名" + b));
            }
            case 2 -> {
                return Optional.of(TreeEdit.Recode.of(nodes.get(a % nodes.size()).id(), "R" + b));
            }
            case 3 -> {
                List<GridNode> leaves = tree.leaves();
                return Optional.of(split(leaves.get(a % leaves.size()), b));
            }
            case 4 -> {
                List<GridNode> parents = nodes.stream().filter(n -> tree.children(n.id()).size() >= 2).toList();
                if (parents.isEmpty()) {
                    return Optional.empty();
                }
                GridNode p = parents.get(a % parents.size());
                List<GridNode> kids = tree.children(p.id());
                GridNode first = kids.get(0);
                GridNode second = kids.get(1);
                boolean mixed = first.households().isPresent() != second.households().isPresent()
                        || first.population().isPresent() != second.population().isPresent();
                if (mixed) {
                    return Optional.empty();
                }
                return Optional.of(new TreeEdit.Merge(List.of(first.id(), second.id()),
                        GridNode.builder("m" + b).name("合并" + b).build()));
            }
            case 5 -> {
                List<GridNode> parents = nodes.stream().filter(n -> tree.levelNumber(n.id()) < depth).toList();
                if (parents.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new TreeEdit.Add(GridNode.builder("new" + b)
                        .parent(parents.get(a % parents.size()).id()).households(b % 500).build()));
            }
            default -> {
                List<GridNode> leaves = tree.leaves();
                return Optional.of(TreeEdit.Retire.leaf(leaves.get(a % leaves.size()).id()));
            }
        }
    }

    /** {@return a split of a leaf into two parts that share its households and population by {@code cut}} */
    public static TreeEdit.Split split(GridNode leaf, int cut) {
        GridNode.Builder p1 = GridNode.builder(leaf.id() + "-a").tags(leaf.tags()).kind(leaf.kind());
        GridNode.Builder p2 = GridNode.builder(leaf.id() + "-b").tags(leaf.tags()).kind(leaf.kind());
        if (leaf.households().isPresent()) {
            long h = leaf.households().getAsLong();
            long first = h == 0 ? 0 : cut % (h + 1);
            p1.households(first);
            p2.households(h - first);
        }
        if (leaf.population().isPresent()) {
            long h = leaf.population().getAsLong();
            long first = h == 0 ? 0 : (cut * 7L) % (h + 1);
            p1.population(first);
            p2.population(h - first);
        }
        return new TreeEdit.Split(leaf.id(), List.of(p1.build(), p2.build()));
    }
}
