package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Instance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every published instance parses to exactly the sizes the paper's table gives (in the folder's README). */
class PublishedInstancesTest {

    private static final Path FOLDER = Path.of("instances", "b2bsp-jair2022");

    @Test
    void everyPublishedInstanceMatchesTheTableInItsReadme() throws IOException {
        List<String[]> rows = Files.readAllLines(FOLDER.resolve("README.md")).stream()
                .filter(line -> line.matches("\\| (forum|tic).*"))
                .map(line -> Arrays.stream(line.split("\\|")).map(String::trim).skip(1).toArray(String[]::new))
                .toList();
        assertThat(rows).hasSize(20);

        for (String[] row : rows) {
            Path file = FOLDER.resolve(row[0] + ".original.dzn");
            Instance instance = InstanceFiles.readInstance(file);

            assertThat(instance.name()).isEqualTo(row[0]);
            assertThat(instance.participants()).as(row[0] + " participants").hasSize(Integer.parseInt(row[1]));
            assertThat(instance.meetings()).as(row[0] + " meetings").hasSize(Integer.parseInt(row[2]));
            assertThat(instance.slots()).as(row[0] + " slots").isEqualTo(Integer.parseInt(row[3]));
            assertThat(instance.tables()).as(row[0] + " tables").isEqualTo(Integer.parseInt(row[4]));
        }
    }

    @Test
    void theFolderHoldsExactlyTheTwentyInstances() throws IOException {
        try (var files = Files.list(FOLDER)) {
            assertThat(files.filter(f -> f.toString().endsWith(".dzn")).count()).isEqualTo(20);
        }
    }

    @Test
    void theForumInstancesUseSessionsAndForbiddenSlots() {
        Instance forum = InstanceFiles.readInstance(FOLDER.resolve("forum-13.original.dzn"));

        assertThat(forum.meetings().stream().filter(m -> "morning".equals(m.session()))).hasSize(91);
        assertThat(forum.meetings().stream().filter(m -> "afternoon".equals(m.session()))).hasSize(4);
        assertThat(forum.participants().stream().filter(p -> !p.unavailable().isEmpty())).isNotEmpty();
    }
}
