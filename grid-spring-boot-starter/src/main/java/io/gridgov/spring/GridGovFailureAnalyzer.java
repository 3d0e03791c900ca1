package io.gridgov.spring;

import static io.gridgov.spring.SpringMessages.MESSAGES;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;
import io.gridgov.core.io.InvalidInputException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a bad {@code gridgov.*} file or property at start-up into the library's one located line
 * (启动失败说明): {@code city-tree.json:12:7, node "g-004", field "households": expected ...}, in English
 * then Chinese (or in {@code gridgov.language}), instead of Spring's stack of nested bean-creation
 * causes. Registered in {@code META-INF/spring.factories}; Spring Boot instantiates it. Thread-safe.
 */
public final class GridGovFailureAnalyzer extends AbstractFailureAnalyzer<InvalidInputException> {

    private final Optional<Locale> language;

    /**
     * Creates the analyzer.
     *
     * @param environment the application's environment, for {@code gridgov.language}
     */
    public GridGovFailureAnalyzer(Environment environment) {
        this.language = language(environment.getProperty("gridgov.language", ""));
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidInputException cause) {
        return new FailureAnalysis(line(cause), in(MESSAGES.text("failure.action")), cause);
    }

    /**
     * The exception's located message in the chosen language, or English then Chinese.
     *
     * @param e the exception
     * @return the message
     */
    String line(InvalidInputException e) {
        return language.map(e::message).orElseGet(() -> {
            String en = e.message(Messages.ENGLISH);
            String zh = e.message(Messages.CHINESE);
            return en.equals(zh) ? en : en + System.lineSeparator() + zh;
        });
    }

    private String in(LocalizedText text) {
        return language.map(text::in).orElseGet(() -> text.en() + System.lineSeparator() + text.zh());
    }

    private static Optional<Locale> language(String value) {
        GridGovProperties p = new GridGovProperties();
        p.setLanguage(value);
        try {
            return p.locale();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
