package eu.clusterbridge.scheduler.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RotationsTests {

    @Test
    void inPairsEveryoneMeetsEveryoneElseExactlyOnceWithOneByePerRoundWhenOdd() {
        for (int n = 2; n <= 21; n++) {
            List<String> people = people(n);
            Rotation rotation = Rotations.pairs(people);
            assertThat(rotation.rounds()).hasSize(n % 2 == 0 ? n - 1 : n);
            Map<String, Integer> meetings = new HashMap<>();
            for (Rotation.Round round : rotation.rounds()) {
                assertThat(seated(round)).as("round %d of %d: everyone once", round.number(), n).containsExactlyInAnyOrderElementsOf(people);
                assertThat(round.byes()).hasSize(n % 2);
                for (List<String> table : round.tables()) {
                    assertThat(table).hasSize(2);
                    meetings.merge(pair(table.get(0), table.get(1)), 1, Integer::sum);
                }
            }
            assertThat(meetings).as("pairs of %d", n).hasSize(n * (n - 1) / 2);
            assertThat(meetings.values()).allMatch(count -> count == 1);
        }
    }

    @ParameterizedTest
    @CsvSource({"12, 3, 3", "20, 4, 5", "30, 5, 4", "17, 4, 3", "9, 3, 4", "40, 6, 5", "60, 6, 6", "64, 8, 2", "25, 2, 10"})
    void inGroupsNoPairMeetsTwiceAndEveryoneSitsEveryRound(int n, int size, int rounds) {
        List<String> people = people(n);
        Rotation rotation = Rotations.groups(people, size, rounds, 7);
        assertThat(rotation.rounds()).hasSize(rounds);
        Set<String> met = new HashSet<>();
        for (Rotation.Round round : rotation.rounds()) {
            assertThat(seated(round)).containsExactlyInAnyOrderElementsOf(people);
            for (List<String> table : round.tables()) {
                assertThat(table.size()).isBetween(size - 1, size);
                for (int i = 0; i < table.size(); i++) {
                    for (int j = i + 1; j < table.size(); j++) {
                        assertThat(met.add(pair(table.get(i), table.get(j)))).as("%s and %s meet again", table.get(i), table.get(j)).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void moreRoundsThanPeopleToMeetAreRefusedWithTheLimit() {
        assertThatThrownBy(() -> Rotations.groups(people(10), 4, 4, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 3 rounds");
        assertThatThrownBy(() -> Rotations.pairs(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> seated(Rotation.Round round) {
        List<String> all = new ArrayList<>(round.byes());
        round.tables().forEach(all::addAll);
        return all;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static List<String> people(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "p" + i).toList();
    }
}
