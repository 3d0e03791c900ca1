package io.gridgov.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The duty value types refuse a bad argument with {@link InvalidDutyException}, whose message is in English
 * ({@code getMessage()}, unchanged for callers that read it) and in Chinese; the CLI and the readers show the
 * {@code --lang} one.
 */
class InvalidDutyExceptionTest {

    @Test
    void anUnknownPresetIsNamedInBothLanguagesWithThePresets() {
        InvalidDutyException e = catchThrowableOfType(InvalidDutyException.class, () -> DutyTemplates.preset("s99"));
        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown duty preset \"s99\"; presets: s1-civilised-city");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("未知的职责预设 \"s99\"；可用预设：s1-civilised-city");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    }

    @Test
    void aValueTypesArgumentErrorIsInBothLanguages() {
        InvalidDutyException share = catchThrowableOfType(InvalidDutyException.class,
                () -> new Frequency.TimeShare(new BigDecimal("2"), CalendarPeriod.MONTH));
        assertThat(share).hasMessage("time share must be in (0, 1], found 2");
        assertThat(share.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("时间占比应在 (0, 1] 内，实际为 2");

        InvalidDutyException period = catchThrowableOfType(InvalidDutyException.class,
                () -> CalendarPeriod.parse("fortnight"));
        assertThat(period).hasMessage("unknown period \"fortnight\"; expected one of day, week, month, quarter, year");
        assertThat(period.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("未知的周期 \"fortnight\"；应为以下之一：day, week, month, quarter, year");

        InvalidDutyException weekdays = catchThrowableOfType(InvalidDutyException.class,
                () -> new Frequency.Weekdays(Set.of()));
        assertThat(weekdays.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("按星期的频次至少需要一天");
    }

    @Test
    void evidenceKindsAreNamedInTheMessagesLanguage() {
        var names = Evidence.names(EnumSet.of(Evidence.SIGN_IN, Evidence.RECORD));
        assertThat(names.en()).isEqualTo("[record, sign-in]");
        assertThat(names.zh()).isEqualTo("[书面记录、签到]");
    }
}
