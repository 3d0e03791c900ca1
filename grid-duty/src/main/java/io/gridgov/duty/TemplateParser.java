package io.gridgov.duty;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.Severity;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.staff.Role;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import io.gridgov.core.tree.Validity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads duty templates from JSON under the strict reader policy ({@link JsonTree}), with JSON paths,
 * line and column in every error and messages in English and Chinese. Not API.
 */
final class TemplateParser {

    private final JsonTree json;

    /** {@return an error at {@code path} with the bundle's text for {@code key}} */
    /** {@return what a value type refused, in both languages when it says so in both} */
    private static Object reason(IllegalArgumentException e) {
        return e instanceof InvalidDutyException d ? d.text() : e.getMessage();
    }

    private io.gridgov.core.io.InvalidInputException fail(String record, String path, String key, Object... args) {
        return json.error(record, path, DutyMessages.MESSAGES.text("template." + key, args));
    }

    /** @param file the file name used in messages */
    public TemplateParser(String file) {
        this.json = new JsonTree(file);
    }

    /** Reads a file holding one template, an array of templates, or {@code {"templates": [...]}}. */
    public List<DutyTemplate> read(InputStream in) {
        JsonNode root = json.parse(in);
        List<DutyTemplate> out = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                out.add(template(root.get(i), "$[" + i + "]"));
            }
        } else if (root.isObject() && root.has("templates") && !root.has("id")) {
            List<JsonNode> items = json.array(root, "templates", "$");
            for (int i = 0; i < items.size(); i++) {
                out.add(template(items.get(i), "$.templates[" + i + "]"));
            }
        } else {
            out.add(template(root, "$"));
        }
        return out;
    }

    private DutyTemplate template(JsonNode node, String path) {
        json.object(node, path);
        String id = json.text(node, "id", path);
        String record = "template \"" + id + "\"";
        json.only(node, path, record, "id", "domain", "names", "version", "extends", "source", "note", "roles", "actions",
                "bindings", "duties", "remove", "overrides", "abstract", "validFrom", "validUntil", "levelScheme");
        String domain = json.optText(node, "domain", path).orElse("general");
        LocalizedText names = names(node.get("names"), path + ".names", id);
        String version = node.has("version") ? node.get("version").asText() : "1";
        Optional<String> parent = json.optText(node, "extends", path);
        List<JsonNode> dutyNodes = json.array(node, "duties", path);
        List<Duty> duties = new ArrayList<>();
        for (int i = 0; i < dutyNodes.size(); i++) {
            duties.add(duty(dutyNodes.get(i), path + ".duties[" + i + "]", record));
        }
        List<Binding> bindings = new ArrayList<>();
        List<JsonNode> bindingNodes = json.array(node, "bindings", path);
        for (int i = 0; i < bindingNodes.size(); i++) {
            String p = path + ".bindings[" + i + "]";
            JsonNode b = json.object(bindingNodes.get(i), p);
            json.only(b, p, record, "levels", "kinds", "tags");
            bindings.add(new Binding(new HashSet<>(json.texts(b, "levels", p)), new HashSet<>(json.texts(b, "kinds", p)),
                    new HashSet<>(json.texts(b, "tags", p))));
        }
        List<GridOverride> overrides = new ArrayList<>();
        List<JsonNode> overrideNodes = json.array(node, "overrides", path);
        for (int i = 0; i < overrideNodes.size(); i++) {
            String p = path + ".overrides[" + i + "]";
            JsonNode o = json.object(overrideNodes.get(i), p);
            json.only(o, p, record, "grid", "grids", "duty", "frequency", "disabled");
            String duty = json.text(o, "duty", p);
            boolean disabled = o.has("disabled") && o.get("disabled").asBoolean(false);
            Optional<Frequency> freq = o.has("frequency")
                    ? Optional.of(frequency(o.get("frequency"), p + ".frequency", record, true)) : Optional.empty();
            if (disabled == freq.isPresent()) {
                throw fail(record, p, "overrideEither",
                        DutyMessages.MESSAGES.text(disabled ? "template.both" : "template.neither"));
            }
            List<String> grids = json.texts(o, "grids", p);
            if (o.has("grid")) {
                grids = new ArrayList<>(grids);
                grids.add(json.text(o, "grid", p));
            }
            if (grids.isEmpty()) {
                throw fail(record, p + ".grid", "overrideGrid");
            }
            for (String g : grids) {
                overrides.add(new GridOverride(g, duty, freq, disabled));
            }
        }
        List<Role> roles = named(node, "roles", path, record, false, Role::of);
        List<Action> actions = named(node, "actions", path, record, true, Action::of);
        boolean base = false;
        if (node.has("abstract")) {
            if (!node.get("abstract").isBoolean()) {
                throw fail(record, path + ".abstract", "boolean", JsonTree.shown(node.get("abstract")));
            }
            base = node.get("abstract").booleanValue();
        }
        Optional<LocalDate> from = date(node, "validFrom", path, record);
        Optional<LocalDate> until = date(node, "validUntil", path, record);
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            throw fail(record, path + ".validUntil", "validOrder", from.get().toString(), until.get().toString());
        }
        return new DutyTemplate(id, domain, names, version, parent, duties, json.texts(node, "remove", path), bindings,
                overrides, roles, actions, json.optText(node, "source", path), Optional.of(json.file()), base,
                new Validity(from, until), json.optText(node, "levelScheme", path));
    }

    /** The first and last years a template's validity may name (as the work calendar's dates). */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    private Optional<LocalDate> date(JsonNode node, String field, String path, String record) {
        Optional<String> text = json.optText(node, field, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.parse(text.get().trim());
            if (d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR) {
                return Optional.of(d);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw fail(record, path + "." + field, "date", MIN_YEAR, MAX_YEAR, JsonTree.quoted(text.get()));
    }

    /** Makes a role or an action from its key and names. */
    @FunctionalInterface
    private interface Named<T> {
        T of(String key, String nameZh, String nameEn);
    }

    /**
     * Reads a section of named keys ({@code roles}, {@code actions}): objects with a {@code key} and
     * optional {@code zh} and {@code en} names, which default to the key.
     *
     * @param fileKey whether the key must have the form of a file key (lower-case letters, digits, '-')
     */
    private <T> List<T> named(JsonNode node, String section, String path, String record, boolean fileKey,
            Named<T> named) {
        List<T> out = new ArrayList<>();
        List<JsonNode> entries = json.array(node, section, path);
        for (int i = 0; i < entries.size(); i++) {
            String p = path + "." + section + "[" + i + "]";
            JsonNode e = json.object(entries.get(i), p);
            String text = json.text(e, "key", p);
            String key = fileKey ? key(text, record, p + ".key") : text;
            out.add(named.of(key, json.optText(e, "zh", p).orElse(key), json.optText(e, "en", p).orElse(key)));
        }
        return out;
    }

    private LocalizedText names(JsonNode v, String path, String fallback) {
        if (v == null || v.isNull()) {
            return new LocalizedText(fallback, fallback);
        }
        if (v.isTextual()) {
            return new LocalizedText(v.asText(), v.asText());
        }
        json.object(v, path);
        String en = json.optText(v, "en", path).orElse(null);
        String zh = json.optText(v, "zh", path).orElse(null);
        if (en == null && zh == null) {
            throw fail(null, path, "names");
        }
        return new LocalizedText(en != null ? en : zh, zh != null ? zh : en);
    }

    private Duty duty(JsonNode node, String path, String record) {
        json.object(node, path);
        json.only(node, path, record, "code", "title", "category", "role", "action", "levels", "target", "frequency",
                "evidence", "severity", "graceDays", "source", "note");
        String code = json.text(node, "code", path);
        String action = json.text(node, "action", path);
        Duty.Builder b = Duty.builder(code, action);
        LocalizedText title = names(node.get("title"), path + ".title", code);
        b.title(title.zh(), title.en());
        json.optText(node, "category", path).ifPresent(b::category);
        json.optText(node, "role", path).ifPresent(b::role);
        json.optText(node, "source", path).ifPresent(b::source);
        List<String> levels = json.texts(node, "levels", path);
        for (int i = 0; i < levels.size(); i++) {
            if (levels.indexOf(levels.get(i)) < i) {
                throw fail(record, path + ".levels[" + i + "]", "levelTwice", JsonTree.quoted(levels.get(i)));
            }
        }
        b.levels(levels.toArray(String[]::new));
        if (node.has("target")) {
            b.target(target(node.get("target"), path + ".target", record));
        }
        if (!node.has("frequency")) {
            throw fail(record, path + ".frequency", "frequencyRequired");
        }
        b.frequency(frequency(node.get("frequency"), path + ".frequency", record, true));
        List<String> ev = json.texts(node, "evidence", path);
        for (int i = 0; i < ev.size(); i++) {
            try {
                b.evidence(Evidence.parse(ev.get(i)));
            } catch (IllegalArgumentException e) {
                throw fail(record, path + ".evidence[" + i + "]", "evidence", JsonTree.quoted(ev.get(i)));
            }
        }
        Optional<String> sev = json.optText(node, "severity", path);
        if (sev.isPresent()) {
            try {
                b.severity(Severity.valueOf(sev.get().trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw fail(record, path + ".severity", "severity", JsonTree.quoted(sev.get()));
            }
        }
        Optional<Integer> grace = json.optInt(node, "graceDays", path);
        if (grace.isPresent()) {
            if (grace.get() < 0) {
                throw fail(record, path + ".graceDays", "atLeast", "0", String.valueOf(grace.get()));
            }
            b.graceDays(grace.get());
        }
        return b.build();
    }

    private TargetScope target(JsonNode node, String path, String record) {
        json.object(node, path);
        json.only(node, path, record, "scope", "category", "kind", "of");
        String scope = json.text(node, "scope", path);
        try {
            return switch (scope) {
                case "grid" -> new TargetScope.OwnGrid();
                case "households" -> new TargetScope.Households(
                        key(json.optText(node, "category", path).orElse("all"), record, path + ".category"));
                case "units" -> new TargetScope.Units(key(json.text(node, "kind", path), record, path + ".kind"));
                case "subordinates" -> {
                    String of = json.optText(node, "of", path).orElse("grids");
                    if (!of.equals("grids") && !of.equals("workers")) {
                        throw fail(record, path + ".of", "subordinatesOf", JsonTree.quoted(of));
                    }
                    yield new TargetScope.Subordinates(of.equals("grids")
                            ? TargetScope.SubordinateKind.GRIDS : TargetScope.SubordinateKind.WORKERS);
                }
                default -> throw fail(record, path + ".scope", "scope", JsonTree.quoted(scope));
            };
        } catch (IllegalArgumentException e) {
            throw fail(record, path, "invalid", reason(e));
        }
    }

    private Frequency frequency(JsonNode node, String path, String record, boolean tiersAllowed) {
        json.object(node, path);
        json.only(node, path, record, "kind", "times", "per", "maxPerDay", "days", "share", "minimum", "tiers");
        String kind = json.text(node, "kind", path);
        try {
            return switch (kind) {
                case "daily" -> Frequency.Quota.daily();
                case "quota" -> new Frequency.Quota(times(node, path, record), period(node, path, record),
                        json.optInt(node, "maxPerDay", path).map(OptionalInt::of).orElse(OptionalInt.empty()));
                case "weekdays" -> {
                    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                    List<String> names = json.texts(node, "days", path);
                    for (int i = 0; i < names.size(); i++) {
                        try {
                            days.add(DayOfWeek.valueOf(names.get(i).trim().toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            throw fail(record, path + ".days[" + i + "]", "weekday", JsonTree.quoted(names.get(i)));
                        }
                    }
                    if (days.isEmpty()) {
                        throw fail(record, path + ".days", "noWeekday");
                    }
                    yield new Frequency.Weekdays(days);
                }
                case "working-days" -> new Frequency.WorkingDays();
                case "time-share" -> new Frequency.TimeShare(share(node.get("share"), path + ".share", record),
                        period(node, path, record));
                case "min-duration" -> new Frequency.MinimumDuration(times(node, path, record),
                        period(node, path, record), duration(json.text(node, "minimum", path), path + ".minimum", record));
                case "tiered" -> {
                    if (!tiersAllowed) {
                        throw fail(record, path + ".kind", "nestedTier");
                    }
                    List<JsonNode> tierNodes = json.array(node, "tiers", path);
                    List<Frequency.Tier> tiers = new ArrayList<>();
                    for (int i = 0; i < tierNodes.size(); i++) {
                        String p = path + ".tiers[" + i + "]";
                        JsonNode t = json.object(tierNodes.get(i), p);
                        json.only(t, p, record, "role", "label", "frequency");
                        tiers.add(new Frequency.Tier(json.text(t, "role", p),
                                frequency(t.get("frequency"), p + ".frequency", record, false), json.optText(t, "label", p)));
                    }
                    if (tiers.isEmpty()) {
                        throw fail(record, path + ".tiers", "noTier");
                    }
                    yield new Frequency.Tiered(tiers);
                }
                default -> throw fail(record, path + ".kind", "frequencyKind", JsonTree.quoted(kind));
            };
        } catch (IllegalArgumentException e) {
            throw fail(record, path, "invalid", reason(e));
        }
    }

    private CalendarPeriod period(JsonNode node, String path, String record) {
        String per = json.text(node, "per", path);
        try {
            return CalendarPeriod.parse(per);
        } catch (IllegalArgumentException e) {
            throw fail(record, path + ".per", "period", JsonTree.quoted(per));
        }
    }

    private int times(JsonNode node, String path, String record) {
        int times = json.optInt(node, "times", path).orElse(1);
        if (times < 1) {
            throw fail(record, path + ".times", "atLeast", "1", String.valueOf(times));
        }
        return times;
    }

    private String key(String key, String record, String path) {
        if (!key.matches("[a-z][a-z0-9-]*")) {
            throw fail(record, path, "key", JsonTree.quoted(key));
        }
        return key;
    }

    private BigDecimal share(JsonNode v, String path, String record) {
        if (v == null) {
            throw fail(record, path, "share", DutyMessages.MESSAGES.text("template.nothing"));
        }
        BigDecimal share;
        try {
            share = parseShare(v);
        } catch (NumberFormatException | ArithmeticException e) {
            throw fail(record, path, "share", JsonTree.shown(v));
        }
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw fail(record, path, "shareRange", JsonTree.shown(v));
        }
        return share;
    }

    private static BigDecimal parseShare(JsonNode v) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        String s = v.asText().trim();
        int slash = s.indexOf('/');
        if (slash > 0) {
            return new BigDecimal(s.substring(0, slash).trim()).divide(new BigDecimal(s.substring(slash + 1).trim()),
                    MathContext.DECIMAL64);
        }
        if (s.endsWith("%")) {
            return new BigDecimal(s.substring(0, s.length() - 1).trim()).movePointLeft(2);
        }
        return new BigDecimal(s);
    }

    private Duration duration(String text, String path, String record) {
        Duration d;
        try {
            d = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(record, path, "duration", JsonTree.quoted(text));
        }
        if (d.isZero() || d.isNegative()) {
            throw fail(record, path, "duration", JsonTree.quoted(text));
        }
        return d;
    }
}
