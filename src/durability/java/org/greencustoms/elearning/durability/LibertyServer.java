package org.greencustoms.elearning.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One Liberty server of the installation under test: started with its own script, killed with SIGKILL. */
final class LibertyServer {

    private final Path wlp;
    private final String name;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LibertyServer(Path wlp, String name, String base) {
        this.wlp = wlp;
        this.name = name;
        this.base = base;
    }

    String base() {
        return base;
    }

    /** Starts the server and waits until its readiness check answers UP; returns how long that took. */
    Duration start() throws IOException, InterruptedException {
        Instant began = Instant.now();
        Process script = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (script.waitFor() != 0) {
            throw new IllegalStateException("bin/server start " + name + " answered " + script.exitValue()
                    + "; see " + wlp.resolve("usr/servers/" + name + "/logs"));
        }
        awaitReadiness(200, Duration.ofMinutes(5));
        return Duration.between(began, Instant.now());
    }

    /** SIGKILL, as a crash or the out-of-memory killer: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        ProcessHandle jvm = process().orElseThrow(() -> new IllegalStateException(name + " is not running"));
        jvm.destroyForcibly();
        jvm.onExit().join();
    }

    void stop() throws IOException, InterruptedException {
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** The readiness answer's status code (200 UP, 503 DOWN), or -1 when nothing answers. */
    int readiness() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException down) {
            return -1;
        }
    }

    /** Waits until readiness answers {@code status}; returns how long it took. */
    Duration awaitReadiness(int status, Duration atMost) throws InterruptedException {
        Instant began = Instant.now();
        while (readiness() != status) {
            if (Duration.between(began, Instant.now()).compareTo(atMost) > 0) {
                throw new IllegalStateException(base + "/health/ready did not answer " + status + " within " + atMost);
            }
            Thread.sleep(250);
        }
        return Duration.between(began, Instant.now());
    }

    /** The server's JVM: the one running ws-server.jar with this server's name. */
    private Optional<ProcessHandle> process() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("ws-server.jar"))
                .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).contains(name))
                .findFirst();
    }
}
