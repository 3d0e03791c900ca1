package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.JsonTree;
import java.util.List;
import java.util.Optional;

/**
 * What a duty makes someone do: patrol (巡查), visit (走访), collect information (采集), … The ten
 * built-in actions cover the plans S1–S14; a template declares further actions in its
 * {@code actions} section (actions are compared by key). Immutable and thread-safe.
 *
 * @param key stable identifier used in files and fact names, such as {@code patrol}
 * @param nameZh the Chinese name, such as 巡查
 * @param nameEn the English name
 */
public record Action(String key, String nameZh, String nameEn) {

    /** 巡查: patrol the grid. */
    public static final Action PATROL = new Action("patrol", "巡查", "patrol");
    /** 走访: visit households or units. */
    public static final Action VISIT = new Action("visit", "走访", "visit");
    /** 采集: collect basic information (人、地、事、物、组织). */
    public static final Action COLLECT = new Action("collect", "采集", "collect information");
    /** 上报: report a problem or a hazard upwards. */
    public static final Action REPORT = new Action("report", "上报", "report");
    /** 宣传: publicise policy, law, safety knowledge. */
    public static final Action PUBLICISE = new Action("publicise", "宣传", "publicise");
    /** 调解: mediate a dispute. */
    public static final Action MEDIATE = new Action("mediate", "调解", "mediate");
    /** 例会: hold or attend a regular meeting. */
    public static final Action MEETING = new Action("meeting", "例会", "meeting");
    /** 检查: inspect (safety, environment, spot check). */
    public static final Action INSPECTION = new Action("inspection", "检查", "inspection");
    /** 培训: train or be trained. */
    public static final Action TRAINING = new Action("training", "培训", "training");
    /** 记录: keep a record (台账, 民情日记). */
    public static final Action RECORD = new Action("record", "记录", "record");

    private static final List<Action> BUILT_IN = List.of(PATROL, VISIT, COLLECT, REPORT, PUBLICISE, MEDIATE,
            MEETING, INSPECTION, TRAINING, RECORD);

    /** Validates the components. */
    public Action {
        requireNonNull(key, "key");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        if (!key.matches("[a-z][a-z0-9-]*")) {
            throw InvalidDutyException.of("value.actionKey", JsonTree.quoted(key));
        }
    }

    /** {@return an action} */
    public static Action of(String key, String nameZh, String nameEn) {
        return new Action(key, nameZh, nameEn);
    }

    /** {@return the ten built-in actions} */
    public static List<Action> builtIn() {
        return BUILT_IN;
    }

    /** {@return the built-in action with this key, if any} */
    public static Optional<Action> builtIn(String key) {
        return BUILT_IN.stream().filter(a -> a.key.equals(key)).findFirst();
    }
}
