package eu.clusterbridge.scheduler.cli;

import eu.clusterbridge.scheduler.io.InstanceFiles;
import eu.clusterbridge.scheduler.model.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulerCliTest {

    private static final Path TIC_12 = Path.of("instances", "b2bsp-jair2022", "tic-12.original.dzn");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SchedulerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLineError(Run run, String expected) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(expected).doesNotContain("Exception", "\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void solvesAPublishedInstanceAndTheCheckAgrees() throws IOException {
        Path schedule = dir.resolve("tic-12.json");

        Run solve = run("solve", TIC_12.toString(), "--time-limit", "30", "--seed", "3", "--out", schedule.toString());

        assertThat(solve.exitCode()).as(solve.err()).isZero();
        assertThat(solve.err()).contains("solving tic-12", "fairness 2", "check: valid");
        assertThat(solve.err().lines()).as("progress, timed from the start of the solve")
                .anySatisfy(line -> assertThat(line).matches(" *\\d+\\.\\d s  all: first schedule, .*"));
        Schedule written = InstanceFiles.readSchedule(schedule);
        assertThat(written.meetings()).hasSize(125);

        Run check = run("check", TIC_12.toString(), schedule.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).startsWith("VALID");
    }

    @Test
    void solveWritesToStandardOutputWithoutOut() {
        Run solve = run("generate", "small", "5");
        assertThat(solve.exitCode()).isZero();
        assertThat(solve.out()).contains("\"format\": \"b2b-instance/1\"");
    }

    @Test
    void checkExitsWithOneForAnInvalidSchedule() throws IOException {
        Path schedule = dir.resolve("bad.json");
        Files.writeString(schedule, """
                {"format": "b2b-schedule/1", "instance": "tic-12", "status": "FEASIBLE",
                 "meetings": [{"id": "m1", "slot": 1, "table": 1}, {"id": "m2", "slot": 1, "table": 2}],
                 "unscheduled": [], "objective": {"meetings": 2, "weight": 2, "breaks": 0}, "bound": {}}
                """);

        Run check = run("check", TIC_12.toString(), schedule.toString());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).startsWith("INVALID").contains("p1 has 2 meetings in slot 1: m1, m2",
                "meeting m3 (p1 with p12) is not scheduled, but mode is all");
    }

    @Test
    void generateSolveAndExplainASelectInstance() {
        Path instance = dir.resolve("small.json");
        Path schedule = dir.resolve("small-schedule.json");

        assertThat(run("generate", "small", "11", "--out", instance.toString()).exitCode()).isZero();
        Run solve = run("solve", instance.toString(), "--time-limit", "10", "--out", schedule.toString());
        assertThat(solve.exitCode()).as(solve.err()).isZero();
        assertThat(run("check", instance.toString(), schedule.toString()).exitCode()).isZero();

        Run explain = run("explain", instance.toString(), schedule.toString());
        assertThat(explain.exitCode()).isZero();
        Schedule solved = InstanceFiles.readSchedule(schedule);
        if (solved.unscheduled().isEmpty()) {
            assertThat(explain.out()).contains("every meeting is scheduled");
        } else {
            assertThat(explain.out().lines()).hasSize(solved.unscheduled().size())
                    .allMatch(line -> line.matches("m\\d+ \\(p\\d+ with p\\d+\\): .+"));
        }
    }

    @Test
    void benchPrintsOneCheckedRowPerInstance() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bench"));
        Files.copy(TIC_12, folder.resolve(TIC_12.getFileName()));
        assertThat(run("generate", "small", "2", "--out", folder.resolve("small-2.json").toString()).exitCode()).isZero();

        Run bench = run("bench", folder.toString(), "--time-limit", "20");

        assertThat(bench.exitCode()).as(bench.out() + bench.err()).isZero();
        assertThat(bench.out().lines()).hasSize(4);
        assertThat(bench.out()).contains("| instance | participants |", "peak heap MB", "greedy weight", "known optimum");
        String tic = bench.out().lines().filter(l -> l.startsWith("| tic-12 |")).findFirst().orElseThrow();
        assertThat(tic).contains("| 42 | 125 | 8 | 21 |", "| yes |");
        String small = bench.out().lines().filter(l -> l.startsWith("| small-2 |")).findFirst().orElseThrow();
        assertThat(small.split("\\|")[15].strip()).as("greedy meetings").matches("\\d+");
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, """
                {"mode": "all", "slots": 4, "tables": 1, "participants": [{"id": "p1"}],
                 "meetings": [{"id": "m1", "a": "p1", "b": "p99"}]}
                """);
        Path brokenDzn = dir.resolve("broken.dzn");
        Files.writeString(brokenDzn, "nBusiness = 2\nnMeetings = 1;\n");

        assertOneLineError(run("solve", broken.toString()), "meetings[0].b: unknown participant \"p99\"");
        assertOneLineError(run("solve", brokenDzn.toString()), "line 1: expected ';'");
        assertOneLineError(run("check", TIC_12.toString(), dir.resolve("missing.json").toString()), "no such file");
        assertOneLineError(run("solve", TIC_12.toString(), "--time-limt", "3"), "unknown option --time-limt");
        assertOneLineError(run("solve", TIC_12.toString(), "--time-limit", "soon"), "expects a positive number");
        assertOneLineError(run("generate", "fair", "1"), "unknown family \"fair\"");
        assertOneLineError(run("frobnicate"), "unknown command \"frobnicate\"");
        assertOneLineError(run("bench", dir.resolve("nowhere").toString()), "not a directory");
        assertThat(run().exitCode()).isEqualTo(2);
        assertThat(run("--help").out()).contains("usage: scheduler");
    }
}
