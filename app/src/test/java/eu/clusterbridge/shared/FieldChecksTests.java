package eu.clusterbridge.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldChecksTests {

    @Test
    void everyProblemIsReportedAtOnceByField() {
        FieldChecks checks = new FieldChecks()
                .required("name", " ")
                .webAddress("website", "javascript:alert(1)")
                .email("email", "nobody")
                .allKnown("sectors", List.of("plastics", "nonsense"), "plastics"::equals, "sector")
                .range("yearFounded", 1700, 1800, 2100);
        assertThat(checks.integer("memberCount", "twelve")).isNull();

        assertThatThrownBy(checks::orThrow)
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.byField())
                        .containsOnlyKeys("name", "website", "email", "sectors[1]", "yearFounded", "memberCount"));
    }

    @Test
    void formTextIsReadIntoValues() {
        FieldChecks checks = new FieldChecks();
        assertThat(checks.decimal("staffFte", "0,5")).isEqualByComparingTo("0.5");
        assertThat(checks.date("start", "2018-10-25")).hasYear(2018);
        assertThat(checks.integer("count", "")).isNull();
        checks.orThrow();
    }
}
