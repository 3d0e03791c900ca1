package io.gridgov.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = Messages.of("io.gridgov.core.i18n.messages", Messages.class);

    @Test
    void formatsEachLanguageWithItsOwnArguments() {
        assertThat(messages.format(Messages.ENGLISH, "rule.DUPLICATE_ID", "g1", 2))
                .isEqualTo("Node id 'g1' occurs 2 times; only the first is kept");
        assertThat(messages.format(Messages.CHINESE, "rule.DUPLICATE_ID", "g1", 2))
                .isEqualTo("节点编号“g1”出现 2 次，仅保留第一个");
        // a parsed pattern is reused: the second call must not keep the first call's arguments
        assertThat(messages.format(Messages.ENGLISH, "rule.DUPLICATE_ID", "g7", 3))
                .isEqualTo("Node id 'g7' occurs 3 times; only the first is kept");
    }

    @Test
    void numbersFollowTheCallersLocaleEvenWhenTheTextFallsBackToEnglish() {
        assertThat(messages.format(Locale.ENGLISH, "rule.DUPLICATE_ID", "g1", 1234)).contains("1,234 times");
        assertThat(messages.format(Locale.GERMAN, "rule.DUPLICATE_ID", "g1", 1234)).contains("1.234 times");
    }

    @Test
    void aMissingKeyShowsTheKeyAndTheArguments() {
        assertThat(messages.format(Messages.ENGLISH, "no.such.key", "a", 1)).isEqualTo("no.such.key [a, 1]");
        assertThat(messages.has("no.such.key")).isFalse();
        assertThat(messages.has("rule.DUPLICATE_ID")).isTrue();
    }

    @Test
    void formattingFromManyThreadsGivesEachCallItsOwnText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        String id = "g" + thread + "-" + i;
                        Locale locale = i % 2 == 0 ? Messages.ENGLISH : Messages.CHINESE;
                        String text = messages.format(locale, "rule.DUPLICATE_ID", id, i);
                        if (!text.contains(id) || !text.contains(String.format(locale, "%,d", i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
