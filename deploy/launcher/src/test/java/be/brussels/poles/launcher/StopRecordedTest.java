package be.brussels.poles.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code launcher stop} signals the recorded process trees and nothing else. */
class StopRecordedTest {

    @TempDir
    Path run;

    private final List<Process> started = new ArrayList<>();
    private final List<String> reports = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        started.forEach(p -> ProcessTree.kill(p.toHandle()));
    }

    private Process sleeper() throws IOException {
        Process p = Children.sleeper();
        started.add(p);
        return p;
    }

    @Test
    void stopsTheRecordedProcessesAndLeavesOthersAlone() throws IOException {
        Process recorded = sleeper();
        Process stranger = sleeper();
        PidFile.write(run, "crm-service", recorded.toHandle());

        List<String> stopped = LocalPlatform.stopRecorded(run, Duration.ofSeconds(5), reports::add);

        assertThat(stopped).containsExactly("crm-service");
        assertThat(ProcessTree.isRunning(recorded.pid())).isFalse();
        assertThat(ProcessTree.isRunning(stranger.pid())).as("unrecorded process").isTrue();
        assertThat(run.resolve("crm-service.pid")).doesNotExist();
    }

    @Test
    void neverSignalsAPidThatNowBelongsToAnotherProcess() throws IOException {
        Process reused = sleeper();
        // a pid file from an earlier run whose pid the kernel has since given to another process
        Files.writeString(run.resolve("gateway.pid"), reused.pid() + "\n2001-01-01T00:00:00Z\n");

        List<String> stopped = LocalPlatform.stopRecorded(run, Duration.ofSeconds(5), reports::add);

        assertThat(stopped).isEmpty();
        assertThat(ProcessTree.isRunning(reused.pid())).isTrue();
        assertThat(run.resolve("gateway.pid")).as("stale pid file removed").doesNotExist();
        assertThat(reports).anyMatch(r -> r.contains("gateway") && r.contains("was not running"));
    }

    @Test
    void stopsTheDescendantsOfARecordedProcessToo() throws IOException {
        Process wrapper = new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300 & wait")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(wrapper);
        PidFile.write(run, "keycloak", wrapper.toHandle());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (wrapper.toHandle().children().count() < 2 && System.nanoTime() < deadline) {
            ProcessTree.sleep(Duration.ofMillis(20));
        }
        List<ProcessHandle> tree = ProcessTree.snapshot(wrapper.toHandle());
        assertThat(tree).hasSize(3);

        LocalPlatform.stopRecorded(run, Duration.ofSeconds(5), reports::add);

        assertThat(tree).noneMatch(ProcessTree::isRunning);
    }

    @Test
    void reportsNothingWhenNothingIsRecorded() {
        assertThat(LocalPlatform.stopRecorded(run.resolve("missing"), Duration.ofSeconds(1), reports::add)).isEmpty();
        assertThat(LocalPlatform.recorded(run)).isEmpty();
    }
}
