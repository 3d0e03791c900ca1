package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.io.InvalidInputException;
import org.junit.jupiter.api.Test;

class MissingFactTest {

    @Test
    void aMissingFactWhenScoringNamesTheFactsFileSubjectAndFact() {
        Scheme s = Check.oneIndicator("{\"type\": \"manual\", \"fact\": \"score\"}", "");
        FactSet f = FactFiles.readCsv("id,other\ng7,1\n", "month.csv");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Scoring.score(s, f));
        assertThat(e.getMessage()).isEqualTo("month.csv, subject \"g7\", field \"score\": "
                + "missing fact \"score\" and the scheme gives no default (A1)");
    }
}
