package io.gridgov.scoring;

import io.gridgov.core.facts.SubjectFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Small helpers for scoring tests. */
final class Check {
    private Check() {
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static String resource(String name) {
        try (InputStream in = Check.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-category scheme of 100 points holding one indicator with the given rule JSON. */
    static Scheme oneIndicator(String ruleJson, String extra) {
        return SchemeJson.read("""
                {"id": "t", "name": "test", "total": 100,
                 "categories": [{"code": "A", "name": "A", "points": 100, "indicators": [
                   {"code": "A1", "name": "巡查记录缺失", "points": 100, "rule": %s}]}]%s}
                """.formatted(ruleJson, extra), "test.json");
    }

    static Map<String, BigDecimal> facts(Object... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            m.put((String) kv[i], v instanceof BigDecimal b ? b : new BigDecimal(v.toString()));
        }
        return m;
    }

    static Scorecard score(Scheme s, Object... kv) {
        return Scoring.of(s).score(SubjectFacts.of("g1", facts(kv)), Optional.of("2026-11"));
    }

    static String zh(LineItem l) {
        return l.reason(Locale.SIMPLIFIED_CHINESE);
    }

    static String en(LineItem l) {
        return l.reason(Locale.ENGLISH);
    }
}
