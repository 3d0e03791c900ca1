package io.gridgov.core.calendar;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the calendar JSON format (docs/formats/calendar.md), with messages in English and Chinese. */
final class CalendarJson {

    private final JsonTree json;

    private CalendarJson(String name) {
        this.json = new JsonTree(name);
    }

    static WorkCalendar read(InputStream in, String name) {
        return new CalendarJson(name).read(in);
    }

    /** {@return an error at a JSON path, located at its line and column; values are quoted by the caller} */
    private InvalidInputException error(String path, String key, Object... args) {
        return json.error(null, path, MESSAGES.text(key, args));
    }

    private WorkCalendar read(InputStream in) {
        JsonNode root = json.object(json.parse(in), "$");
        json.only(root, "$", null, "weekend", "hours", "hoursPerDay", "zone", "holidays", "workdays", "note");
        WorkCalendar.Builder b = WorkCalendar.builder();
        if (root.has("weekend")) {
            b.weekend.clear();
            for (String d : json.texts(root, "weekend", "$")) {
                try {
                    b.weekend.add(DayOfWeek.valueOf(d.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw error("$.weekend", "calendar.weekday", JsonTree.quoted(d));
                }
            }
            if (b.weekend.size() == 7) {
                throw error("$.weekend", "calendar.weekendAll");
            }
        }
        List<WorkingHours> hours = hours(root);
        int perDay = json.optInt(root, "hoursPerDay", "$").orElse(0);
        if (root.has("hoursPerDay") && (perDay < 1 || perDay > 24)) {
            throw error("$.hoursPerDay", "calendar.hoursPerDay", perDay);
        }
        if (perDay > 0) {
            if (hours != null && hours.stream().mapToInt(WorkingHours::minutes).sum() != perDay * 60) {
                throw error("$.hoursPerDay", "calendar.hoursPerDayMismatch", perDay,
                        hours.stream().mapToInt(WorkingHours::minutes).sum());
            }
            b.hoursPerDay(perDay);
        }
        if (hours != null) {
            b.hours(hours);
        }
        json.optText(root, "zone", "$").ifPresent(z -> {
            try {
                b.zone(ZoneId.of(z.trim()));
            } catch (DateTimeException e) {
                throw error("$.zone", "calendar.zone", JsonTree.quoted(z));
            }
        });
        dates(root, "holidays", b.holidays);
        dates(root, "workdays", b.workdays);
        return b.build();
    }

    /** {@return the spans of "hours", or null when absent} */
    private List<WorkingHours> hours(JsonNode root) {
        if (!root.has("hours") || root.get("hours").isNull()) {
            return null;
        }
        List<JsonNode> items = json.array(root, "hours", "$");
        if (items.isEmpty()) {
            throw error("$.hours", "calendar.hoursEmpty");
        }
        List<WorkingHours> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode v = items.get(i);
            try {
                if (!v.isTextual()) {
                    throw new IllegalArgumentException();
                }
                out.add(WorkingHours.parse(v.asText()));
            } catch (IllegalArgumentException e) {
                throw error("$.hours[" + i + "]", "calendar.hours", JsonTree.shown(v));
            }
        }
        int bad = WorkCalendar.disorder(out);
        if (bad >= 0) {
            throw error("$.hours[" + bad + "]", "calendar.hoursOrder", out.get(bad), out.get(bad - 1));
        }
        return out;
    }

    private void dates(JsonNode root, String field, Set<LocalDate> into) {
        List<JsonNode> items = json.array(root, field, "$");
        for (int i = 0; i < items.size(); i++) {
            JsonNode v = items.get(i);
            String path = "$." + field + "[" + i + "]";
            if (v.isTextual()) {
                into.add(date(v.asText(), path));
            } else if (v.isObject()) {
                json.only(v, path, null, "from", "to", "note");
                LocalDate from = date(json.text(v, "from", path), path + ".from");
                LocalDate to = date(json.text(v, "to", path), path + ".to");
                if (to.isBefore(from)) {
                    throw error(path, "calendar.rangeOrder", from.toString(), to.toString());
                }
                long length = ChronoUnit.DAYS.between(from, to) + 1;
                if (length > WorkCalendar.MAX_RANGE_DAYS) {
                    throw error(path, "calendar.rangeLength", WorkCalendar.MAX_RANGE_DAYS, length, from.toString(),
                            to.toString());
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    into.add(d);
                }
            } else {
                throw error(path, "calendar.dateShape", JsonTree.shown(v));
            }
        }
    }

    private LocalDate date(String text, String path) {
        LocalDate d;
        try {
            d = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(path, "calendar.date", JsonTree.quoted(text));
        }
        if (!WorkCalendar.inYears(d)) {
            throw error(path, "calendar.dateYears", WorkCalendar.MIN_YEAR, WorkCalendar.MAX_YEAR, JsonTree.quoted(text));
        }
        return d;
    }
}
