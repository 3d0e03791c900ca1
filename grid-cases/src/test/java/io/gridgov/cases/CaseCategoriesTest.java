package io.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A category without a key or a department is refused at its field, in English and in Chinese, before the
 * value type's English-only argument check could be reached.
 */
class CaseCategoriesTest {

    private static InvalidInputException refused(String key, String department) {
        String json = "{\"categories\": [\n{\"key\": \"" + key + "\", \"nameZh\": \"甲\", \"nameEn\": \"A\",\n"
                + " \"department\": \"" + department + "\"}]}";
        return catchThrowableOfType(InvalidInputException.class,
                () -> CaseCategories.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c.json"));
    }

    @Test
    void aBlankKeyOrDepartmentIsLocatedAndInBothLanguages() {
        InvalidInputException key = refused(" ", "municipal");
        assertThat(key.location().field()).contains("$.categories[0].key");
        assertThat(key.message(Locale.ENGLISH)).endsWith("expected a non-empty string, found \" \"");
        assertThat(key.message(Locale.SIMPLIFIED_CHINESE)).endsWith("应为非空字符串，实际为\" \"");

        InvalidInputException department = refused("a", "");
        assertThat(department.location().line()).hasValue(3);
        assertThat(department.location().field()).contains("$.categories[0].department");
        assertThat(department.message(Locale.SIMPLIFIED_CHINESE)).endsWith("应为非空字符串，实际为\"\"");
        assertThat(department.message(Locale.ENGLISH)).doesNotContain("a category needs");
    }
}
