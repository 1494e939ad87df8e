package eu.clusterbridge.scheduler.generate;

import eu.clusterbridge.scheduler.io.InstanceJsonReader;
import eu.clusterbridge.scheduler.io.InstanceJsonWriter;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstanceGeneratorTest {

    private final InstanceGenerator generator = new InstanceGenerator();

    @ParameterizedTest
    @ValueSource(strings = {"small", "regional-brokerage", "book-fair", "hosted-buyer"})
    void everyFamilyHasItsSizeAndIsAValidInstance(String name) {
        Family family = Family.named(name);
        Instance instance = generator.generate(name, 7);

        assertThat(instance.mode()).isEqualTo(Mode.SELECT);
        assertThat(instance.name()).isEqualTo(name + "-7");
        assertThat(instance.participants()).hasSize(family.participants());
        assertThat(instance.meetings()).hasSize(family.requests());
        assertThat(instance.slots()).isEqualTo(family.days() * family.slotsPerDay());
        assertThat(instance.blocks()).hasSize(family.days());
        assertThat(instance.sessions()).containsOnlyKeys("morning", "afternoon");
        assertThat(instance.meetings()).allMatch(m -> m.weight() >= 1 && m.weight() <= 10);
        // The JSON reader validates every id, slot, table and session: a generated instance must pass it.
        assertThat(new InstanceJsonReader().read(new InstanceJsonWriter().write(instance))).isEqualTo(instance);
    }

    @Test
    void theSameSeedGivesTheSameInstanceAndAnotherSeedAnother() {
        assertThat(generator.generate("regional-brokerage", 3)).isEqualTo(generator.generate("regional-brokerage", 3));
        assertThat(generator.generate("regional-brokerage", 4).meetings())
                .isNotEqualTo(generator.generate("regional-brokerage", 3).meetings());
    }

    @Test
    void popularityIsHeavyTailed() {
        Instance instance = generator.generate("hosted-buyer", 1);
        Map<String, Integer> requested = new HashMap<>();
        for (Meeting m : instance.meetings()) {
            requested.merge(m.b(), 1, Integer::sum);
        }
        double mean = instance.meetings().size() / (double) instance.participants().size();

        assertThat(requested.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThan((int) (5 * mean));
    }

    @Test
    void eventsHaveRealisticDetail() {
        Instance fair = generator.generate("book-fair", 2);

        assertThat(fair.participants().stream().filter(p -> p.table() != null).count()).as("own stand tables").isGreaterThan(150);
        assertThat(fair.participants().stream().filter(p -> !p.unavailable().isEmpty()).count()).as("holes").isGreaterThan(200);
        assertThat(fair.participants().stream().filter(p -> p.maxMeetings() != null).count()).as("caps").isGreaterThan(200);
        assertThat(fair.meetings().stream().filter(m -> m.weight() > 5).count()).as("mutual interest").isGreaterThan(100);
        assertThat(fair.meetings().stream().filter(m -> m.session() != null).count()).as("session wishes").isGreaterThan(50);
        assertThat(fair.meetings().stream().filter(m -> m.fixedSlot() != null).count()).as("fixed").isPositive();
        assertThat(fair.meetings().stream().filter(m -> !m.after().isEmpty()).count()).as("follow-ups").isPositive();
        assertThat(fair.oneMeetingPerCompany()).isTrue();
        assertThat(fair.meetings()).noneMatch(m -> fair.participant(m.a()).orElseThrow().company()
                .equals(fair.participant(m.b()).orElseThrow().company()));
    }

    @Test
    void anUnknownFamilyIsNamed() {
        assertThatThrownBy(() -> generator.generate("trade-show", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown family \"trade-show\"");
    }
}
