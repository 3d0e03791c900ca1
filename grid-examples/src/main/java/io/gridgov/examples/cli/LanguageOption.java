package io.gridgov.examples.cli;

import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --lang} option every subcommand shares (a picocli mixin): {@code en} (the default) or
 * {@code zh}; {@code zh_CN}, {@code zh-CN} and {@code en_US} are accepted too. Anything else is a usage
 * error (exit code 2) naming the value.
 */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|zh", converter = Converter.class)
    private Locale locale;

    /** {@return the chosen language: English or Simplified Chinese; English when {@code --lang} is not given} */
    public Locale locale() {
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** {@return the language given with {@code --lang}, empty when the option is absent} */
    public Optional<Locale> chosen() {
        return Optional.ofNullable(locale);
    }

    /** Converts {@code en…}/{@code zh…} to a locale. */
    static final class Converter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.startsWith("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (v.startsWith("en")) {
                return Locale.ENGLISH;
            }
            throw new TypeConversionException("expected en or zh, found '" + value + "'");
        }
    }
}
