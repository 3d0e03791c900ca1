package io.gridgov.scoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.scoring.spi.RuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A vendor rule kind for tests: full points when a fact reaches "min", else none. */
public final class ThresholdRuleKind implements RuleKind {
    @Override
    public String type() {
        return "vendor.threshold";
    }

    @Override
    public List<String> facts(ObjectNode params) {
        return params.hasNonNull("fact") ? List.of(params.get("fact").asText()) : List.of();
    }

    @Override
    public List<LocalizedText> problems(ObjectNode params, BigDecimal points) {
        List<LocalizedText> out = new ArrayList<>();
        if (!params.hasNonNull("fact")) {
            out.add(new LocalizedText("missing \"fact\"", "缺少 \"fact\""));
        }
        if (!params.has("min") || !params.get("min").isNumber()) {
            out.add(new LocalizedText("missing numeric \"min\"", "缺少数值 \"min\""));
        }
        return out;
    }

    @Override
    public Outcome evaluate(ObjectNode params, BigDecimal points, FactSource facts) {
        BigDecimal v = facts.value(params.get("fact").asText());
        boolean ok = v.compareTo(params.get("min").decimalValue()) >= 0;
        return new Outcome(ok ? points : BigDecimal.ZERO,
                new LocalizedText(ok ? "threshold met" : "threshold missed", ok ? "达标" : "未达标"));
    }
}
