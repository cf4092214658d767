package be.brussels.poles.launcher;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole platform on one machine: the embedded MongoDB-wire server, Keycloak with the {@code poles} realm, the four
 * services and the gateway, each as its own OS process with its own log file. Used by {@code make run} (detached: the
 * processes outlive the launcher, their pids are recorded in pid files) and by the end-to-end tests (attached: the
 * processes die with the test JVM at the latest).
 *
 * <p>Ports, environment variables and health checks follow {@code docs/runtime.md}.
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.builder(repoRoot).anyFreePorts().runDirectory(tmp).build()) {
 *     platform.startAll();              // waits until every process is healthy
 *     platform.kill("guidance-service");
 *     platform.restart("guidance-service");
 * }                                     // stopAll()
 * }</pre>
 */
public final class LocalPlatform implements AutoCloseable {

    public static final String MONGO = "mongo";
    public static final String KEYCLOAK = "keycloak";
    public static final String CRM = "crm-service";
    public static final String GUIDANCE = "guidance-service";
    public static final String FINANCING = "financing-service";
    public static final String HOUSING = "housing-service";
    public static final String GATEWAY = "gateway";
    public static final List<String> SERVICES = List.of(CRM, GUIDANCE, FINANCING, HOUSING);
    /** Every platform process, in start order. */
    public static final List<String> PROCESSES = List.of(MONGO, KEYCLOAK, CRM, GUIDANCE, FINANCING, HOUSING, GATEWAY);

    public static final String REALM = "poles";
    public static final String KEYCLOAK_VERSION = "26.7.3";
    /** Relative to the repository root. */
    public static final String KEYCLOAK_HOME = ".local/keycloak-" + KEYCLOAK_VERSION;
    public static final String REALM_FILE = "deploy/keycloak/poles-realm.json";
    public static final String STATE_FILE = "platform.properties";

    /** Default JVM options of the Spring apps: small heap, C1 only, serial GC: fast start-up on 2 shared cores. */
    public static final List<String> DEFAULT_SPRING_JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx384m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");
    public static final List<String> DEFAULT_MONGO_JVM_OPTIONS = List.of(
            "-Xms32m", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");
    /** Keycloak keeps its dev-mem H2 database on the heap; 768 MB is ample for the demo realm. */
    public static final String DEFAULT_KEYCLOAK_HEAP = "-Xms128m -Xmx768m";

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            MONGO, 27018, KEYCLOAK, 8180, CRM, 8081, GUIDANCE, 8082, FINANCING, 8083, HOUSING, 8084, GATEWAY, 8080);
    private static final Map<String, Integer> DEFAULT_GRPC_PORTS = Map.of(
            CRM, 9081, GUIDANCE, 9082, FINANCING, 9083, HOUSING, 9084);
    private static final int DEFAULT_KEYCLOAK_MANAGEMENT_PORT = 9180;
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 60;

    private final Path repoRoot;
    private final Path runDirectory;
    private final Path logDirectory;
    private final boolean detached;
    private final Duration stopGrace;
    private final Consumer<String> reporter;
    private final Map<String, Integer> ports;
    private final Map<String, Integer> grpcPorts;
    private final int keycloakManagementPort;
    private final Map<String, ProcessSpec> specs;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Map<String, Duration> startupTimes = new ConcurrentHashMap<>();
    private Thread shutdownHook;

    private LocalPlatform(Builder b, Map<String, Integer> ports, Map<String, Integer> grpcPorts, int kcManagement,
            Map<String, ProcessSpec> specs) {
        this.repoRoot = b.repoRoot;
        this.runDirectory = b.runDirectory;
        this.logDirectory = b.logDirectory;
        this.detached = b.detached;
        this.stopGrace = b.stopGrace;
        this.reporter = b.reporter;
        this.ports = Map.copyOf(ports);
        this.grpcPorts = Map.copyOf(grpcPorts);
        this.keycloakManagementPort = kcManagement;
        this.specs = specs;
    }

    public static Builder builder(Path repoRoot) {
        return new Builder(repoRoot);
    }

    // ------------------------------------------------------------------ what the platform is

    public Path repoRoot() {
        return repoRoot;
    }

    public Path runDirectory() {
        return runDirectory;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    /** Names of the processes of this platform, in start order. */
    public List<String> processNames() {
        return List.copyOf(specs.keySet());
    }

    public ProcessSpec spec(String name) {
        ProcessSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no process '" + name + "' in this platform; known: " + specs.keySet());
        }
        return spec;
    }

    /** HTTP port of a Spring app or Keycloak, TCP port of mongo. */
    public int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no port for '" + name + "'");
        }
        return port;
    }

    public int grpcPort(String service) {
        Integer port = grpcPorts.get(service);
        if (port == null) {
            throw new IllegalArgumentException("no gRPC port for '" + service + "'");
        }
        return port;
    }

    public int keycloakManagementPort() {
        return keycloakManagementPort;
    }

    /** {@code http://localhost:<port>} of a Spring app or Keycloak. */
    public URI url(String name) {
        return URI.create("http://localhost:" + port(name));
    }

    public String issuerUri() {
        return url(KEYCLOAK) + "/realms/" + REALM;
    }

    public String tokenUri() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public String jwksUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    /** Connection string of the embedded MongoDB-wire server, with a database name in the path. */
    public String mongoUri(String database) {
        return "mongodb://localhost:" + port(MONGO) + "/" + database;
    }

    /** The database of a service: {@code crm}, {@code guidance}, {@code financing}, {@code housing}. */
    public static String databaseOf(String service) {
        return service.endsWith("-service") ? service.substring(0, service.length() - "-service".length()) : service;
    }

    public Path logFile(String name) {
        return logDirectory.resolve(name + ".log");
    }

    /** How long each process took from launch to healthy (processes started by this instance only). */
    public Map<String, Duration> startupTimes() {
        return Map.copyOf(startupTimes);
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * Launches every process not already running, each as soon as the processes it depends on are healthy, and waits
     * until all are healthy. When one exits or does not become healthy within its time limit, the tail of its log is
     * reported, every process started here is stopped again, and a {@link PlatformException} is thrown.
     */
    public void startAll() {
        Instant begin = Instant.now();
        List<String> toStart = specs.keySet().stream().filter(n -> !isRunning(n)).collect(Collectors.toList());
        checkPortsFree(toStart);
        // preparations are idempotent: run them all first so that a missing jar or Keycloak fails before anything starts
        for (String name : toStart) {
            spec(name).beforeLaunch().run();
        }
        writeStateFile();
        Set<String> pending = new LinkedHashSet<>(toStart);
        Set<String> starting = new LinkedHashSet<>();
        List<String> launched = new CopyOnWriteArrayList<>();
        // detached (make run): Ctrl-C while waiting must not leave a half-started platform behind
        java.util.concurrent.atomic.AtomicBoolean aborting = new java.util.concurrent.atomic.AtomicBoolean();
        Thread abort = new Thread(() -> {
            aborting.set(true);
            reporter.accept("Interrupted: stopping the processes started so far.");
            stopAll(launched, Duration.ofSeconds(10));
        }, "local-platform-abort");
        if (detached) {
            Runtime.getRuntime().addShutdownHook(abort);
        }
        try {
            while (!pending.isEmpty() || !starting.isEmpty()) {
                for (var it = pending.iterator(); it.hasNext();) {
                    String name = it.next();
                    if (dependenciesHealthy(name)) {
                        launched.add(name);
                        launch(name, true);
                        starting.add(name);
                        it.remove();
                    }
                }
                for (var it = starting.iterator(); it.hasNext();) {
                    String name = it.next();
                    if (probe(name)) {
                        it.remove();
                    }
                }
                if (!pending.isEmpty() || !starting.isEmpty()) {
                    ProcessTree.sleep(POLL);
                }
            }
        } catch (RuntimeException e) {
            if (aborting.get()) {
                throw new PlatformException("start interrupted");
            }
            reporter.accept("Stopping the processes started so far.");
            stopAll(launched, stopGrace);
            throw e;
        } finally {
            if (detached) {
                try {
                    Runtime.getRuntime().removeShutdownHook(abort);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or has run
                }
            }
        }
        reporter.accept("All " + specs.size() + " processes healthy after "
                + seconds(Duration.between(begin, Instant.now())));
    }

    /** Launches one process (it must not be running); does not wait for it to become healthy. */
    public void start(String name) {
        spec(name);
        if (isRunning(name)) {
            throw new IllegalStateException(name + " is already running (pid " + pid(name).orElse(-1L) + ")");
        }
        launch(name, false);
    }

    /** Waits until the named process is healthy; fails with the tail of its log. */
    public void awaitHealthy(String name) {
        while (!probe(name)) {
            ProcessTree.sleep(POLL);
        }
    }

    /** Waits until every running process is healthy. */
    public void awaitHealthy() {
        for (String name : specs.keySet()) {
            if (running.containsKey(name)) {
                awaitHealthy(name);
            }
        }
    }

    /** SIGTERM to the process tree, SIGKILL after the grace period (20 s by default). */
    public void stop(String name) {
        stop(name, stopGrace);
    }

    private void stop(String name, Duration grace) {
        Running r = running.remove(name);
        if (r == null) {
            return;
        }
        boolean forced = ProcessTree.terminate(r.handle, grace);
        reporter.accept(name + " stopped" + (forced ? " (forcibly, after " + seconds(grace) + ")" : ""));
        deletePidFile(name, r.handle);
    }

    /** SIGKILL ({@code destroyForcibly}) to the whole process tree, at once; returns when none of it runs. */
    public void kill(String name) {
        Running r = running.remove(name);
        if (r == null) {
            throw new IllegalStateException(name + " is not running");
        }
        ProcessTree.kill(r.handle);
        reporter.accept(name + " killed");
        deletePidFile(name, r.handle);
    }

    /** Stops (gracefully) and starts the process again, then waits until it is healthy. */
    public void restart(String name) {
        stop(name);
        start(name);
        awaitHealthy(name);
    }

    /**
     * Stops every running process in waves, the processes of one wave in parallel: first those no other running process
     * depends on (gateway, services, Keycloak), then those they depended on (mongo).
     */
    public void stopAll() {
        stopAll(List.copyOf(running.keySet()), stopGrace);
    }

    private void stopAll(Collection<String> names, Duration grace) {
        Set<String> left = new LinkedHashSet<>(names);
        left.retainAll(running.keySet());
        while (!left.isEmpty()) {
            Set<String> needed = new HashSet<>();
            for (String name : left) {
                needed.addAll(spec(name).dependsOn());
            }
            List<String> wave = left.stream().filter(n -> !needed.contains(n)).collect(Collectors.toList());
            if (wave.isEmpty()) {
                wave = new ArrayList<>(left);
            }
            inParallel(wave.stream().map(n -> (Runnable) () -> stop(n, grace)).collect(Collectors.toList()));
            left.removeAll(wave);
        }
    }

    /** Stops everything unless the platform is detached (then the processes keep running). */
    @Override
    public void close() {
        if (!detached) {
            stopAll();
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // already running the hook
            }
            shutdownHook = null;
        }
    }

    public boolean isRunning(String name) {
        Running r = running.get(name);
        return r != null && ProcessTree.isRunning(r.handle);
    }

    /** One probe of the process's health check (false when not running). */
    public boolean isHealthy(String name) {
        return isRunning(name) && spec(name).health().healthy();
    }

    public Optional<Long> pid(String name) {
        return Optional.ofNullable(running.get(name)).map(r -> r.handle.pid());
    }

    public Optional<ProcessHandle> process(String name) {
        return Optional.ofNullable(running.get(name)).map(r -> r.handle);
    }

    /** The last lines of a process's log file. */
    public String logTail(String name, int lines) {
        return tail(logFile(name), lines);
    }

    // ------------------------------------------------------------------ recorded processes (make stop / status)

    /** A process recorded in a run directory. */
    public record Recorded(String name, long pid, boolean running) {
    }

    /** The processes recorded in the pid files of a run directory. */
    public static List<Recorded> recorded(Path runDirectory) {
        return pidFiles(runDirectory).stream()
                .map(f -> new Recorded(f.name(), f.pid(), f.liveProcess().isPresent()))
                .collect(Collectors.toList());
    }

    /**
     * Stops exactly the process trees recorded in the pid files of {@code runDirectory} (and nothing else): SIGTERM,
     * then SIGKILL after {@code grace}. Gateway and services first, then Keycloak and mongo. A pid file whose process is
     * gone, or whose pid now belongs to another process (different start time), is only deleted.
     *
     * @return names of the processes that were stopped
     */
    public static List<String> stopRecorded(Path runDirectory, Duration grace, Consumer<String> reporter) {
        List<PidFile> files = pidFiles(runDirectory);
        List<String> stopped = new ArrayList<>();
        List<List<PidFile>> waves = List.of(
                files.stream().filter(f -> !Set.of(MONGO, KEYCLOAK).contains(f.name())).collect(Collectors.toList()),
                files.stream().filter(f -> Set.of(MONGO, KEYCLOAK).contains(f.name())).collect(Collectors.toList()));
        for (List<PidFile> wave : waves) {
            List<Runnable> stops = new ArrayList<>();
            for (PidFile file : wave) {
                Optional<ProcessHandle> live = file.liveProcess();
                if (live.isEmpty()) {
                    reporter.accept(file.name() + " (pid " + file.pid() + ") was not running");
                    file.delete();
                    continue;
                }
                stopped.add(file.name());
                stops.add(() -> {
                    boolean forced = ProcessTree.terminate(live.get(), grace);
                    reporter.accept(file.name() + " (pid " + file.pid() + ") stopped" + (forced ? " forcibly" : ""));
                    file.delete();
                });
            }
            inParallel(stops);
        }
        return stopped;
    }

    /** The state file written by {@link #startAll()}: URLs and ports, read by {@code status} and {@code seed}. */
    public static Properties readState(Path runDirectory) {
        Properties state = new Properties();
        Path file = runDirectory.resolve(STATE_FILE);
        if (Files.isRegularFile(file)) {
            try (var in = Files.newInputStream(file)) {
                state.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return state;
    }

    /** Runs the tasks on one thread each (the common pool has a single thread on 2 cores) and waits for all. */
    private static void inParallel(List<Runnable> tasks) {
        List<Thread> threads = new ArrayList<>();
        for (Runnable task : tasks) {
            Thread thread = new Thread(task, "local-platform-stop");
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<PidFile> pidFiles(Path runDirectory) {
        if (!Files.isDirectory(runDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(runDirectory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pid"))
                    .sorted()
                    .map(PidFile::read)
                    .flatMap(Optional::stream)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ internals

    private static final class Running {
        final ProcessHandle handle;
        final Instant launchedAt;
        volatile boolean healthy;

        Running(ProcessHandle handle, Instant launchedAt) {
            this.handle = handle;
            this.launchedAt = launchedAt;
        }
    }

    private boolean dependenciesHealthy(String name) {
        for (String dep : spec(name).dependsOn()) {
            if (specs.containsKey(dep)) {
                Running r = running.get(dep);
                if (r == null || !r.healthy) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One probe: true when healthy; throws when the process died or ran out of time. */
    private boolean probe(String name) {
        Running r = running.get(name);
        if (r == null) {
            throw new PlatformException(name + " is not running");
        }
        if (r.healthy) {
            return true;
        }
        ProcessSpec spec = spec(name);
        if (spec.health().healthy()) {
            r.healthy = true;
            Duration took = Duration.between(r.launchedAt, Instant.now());
            startupTimes.put(name, took);
            reporter.accept(String.format("%-18s healthy after %s (pid %d)", name, seconds(took), r.handle.pid()));
            return true;
        }
        if (!ProcessTree.isRunning(r.handle)) {
            throw failure(name, name + " exited before becoming healthy");
        }
        if (Duration.between(r.launchedAt, Instant.now()).compareTo(spec.startTimeout()) > 0) {
            throw failure(name, name + " did not become healthy (" + spec.health() + ") within "
                    + seconds(spec.startTimeout()));
        }
        return false;
    }

    private PlatformException failure(String name, String message) {
        String tail = logTail(name, LOG_TAIL_LINES);
        reporter.accept(message + ". Last lines of " + logFile(name) + ":\n" + tail);
        return new PlatformException(message + " (log: " + logFile(name) + ")");
    }

    private void launch(String name, boolean freshLog) {
        ProcessSpec spec = spec(name);
        spec.beforeLaunch().run();
        Path log = logFile(name);
        try {
            Files.createDirectories(logDirectory);
            String header = "=== " + Instant.now() + " launching " + name + ": " + String.join(" ", spec.command())
                    + System.lineSeparator();
            if (freshLog) {
                Files.writeString(log, header, StandardCharsets.UTF_8);
            } else {
                Files.writeString(log, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + log, e);
        }
        List<String> command = new ArrayList<>();
        if (detached && SETSID.isPresent()) {
            // own session: a closed terminal or Ctrl-C in it does not reach the platform once make has returned
            command.add(SETSID.get());
        }
        command.addAll(spec.command());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(spec.workDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(spec.environment());
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new PlatformException("cannot launch " + name + ": " + e.getMessage());
        }
        ProcessHandle handle = process.toHandle();
        running.put(name, new Running(handle, Instant.now()));
        PidFile.write(runDirectory, name, handle);
        if (!detached) {
            installShutdownHook();
        }
        reporter.accept(String.format("%-18s launched (pid %d)", name, handle.pid()));
    }

    private synchronized void installShutdownHook() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(() -> running.values().forEach(r -> ProcessTree.terminate(r.handle,
                    Duration.ofSeconds(5))), "local-platform-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private void deletePidFile(String name, ProcessHandle handle) {
        Path file = PidFile.pathFor(runDirectory, name);
        PidFile.read(file).filter(f -> f.pid() == handle.pid()).ifPresent(PidFile::delete);
    }

    private void checkPortsFree(Collection<String> names) {
        for (String name : names) {
            List<Integer> wanted = new ArrayList<>();
            if (ports.containsKey(name) && PROCESSES.contains(name)) {
                wanted.add(ports.get(name));
            }
            if (grpcPorts.containsKey(name)) {
                wanted.add(grpcPorts.get(name));
            }
            if (KEYCLOAK.equals(name)) {
                wanted.add(keycloakManagementPort);
            }
            for (int port : wanted) {
                if (!portFree(port)) {
                    throw new PlatformException("port " + port + " (" + name + ") is already in use: is the platform"
                            + " already running (make status / make stop), or another program using it?");
                }
            }
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void writeStateFile() {
        Properties state = new Properties();
        for (String name : specs.keySet()) {
            state.setProperty(name + ".health", spec(name).health().target());
            if (ports.containsKey(name) && !MONGO.equals(name)) {
                state.setProperty(name + ".url", url(name).toString());
            }
        }
        if (ports.containsKey(MONGO)) {
            state.setProperty("mongo.port", Integer.toString(port(MONGO)));
        }
        if (ports.containsKey(KEYCLOAK)) {
            state.setProperty("issuer.uri", issuerUri());
        }
        try {
            Files.createDirectories(runDirectory);
            try (var out = Files.newOutputStream(runDirectory.resolve(STATE_FILE))) {
                state.store(out, "written by LocalPlatform.startAll()");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no log file " + file + ")";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int chunk = (int) Math.min(length, 64 * 1024);
            byte[] bytes = new byte[chunk];
            raf.seek(length - chunk);
            raf.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            int from = Math.max(0, all.length - lines);
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < all.length; i++) {
                sb.append("    | ").append(all[i]).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static final Optional<String> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .filter(p -> Files.isExecutable(Path.of(p))).findFirst();

    /** The command that runs this launcher's main class in a new JVM: {@code java [opts] -jar exec.jar} or {@code -cp}. */
    static List<String> selfCommand(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        String classpath = System.getProperty("java.class.path");
        String[] entries = classpath.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar") && isExecutableBootJar(Path.of(entries[0]))) {
            command.add("-jar");
            command.add(Path.of(entries[0]).toAbsolutePath().toString());
        } else {
            command.add("-cp");
            command.add(Stream.of(entries).map(e -> Path.of(e).toAbsolutePath().toString())
                    .collect(Collectors.joining(File.pathSeparator)));
            command.add(Launcher.class.getName());
        }
        return command;
    }

    private static boolean isExecutableBootJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null
                    && Launcher.class.getName().equals(file.getManifest().getMainAttributes().getValue("Start-Class"));
        } catch (IOException e) {
            return false;
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thrown when the platform cannot be started. */
    public static final class PlatformException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PlatformException(String message) {
            super(message);
        }
    }

    // ------------------------------------------------------------------ builder

    /** Mongo storage: in memory (lost at stop), or an H2 MVStore file (kept across restarts). */
    public enum MongoMode { MEMORY, FILE }

    public static final class Builder {
        private final Path repoRoot;
        private final Map<String, Integer> ports = new LinkedHashMap<>();
        private final Map<String, Integer> grpcPorts = new LinkedHashMap<>();
        private Integer keycloakManagementPort;
        private boolean anyFreePorts;
        private MongoMode mongoMode = MongoMode.MEMORY;
        private Path mongoFile;
        private Path runDirectory;
        private Path logDirectory;
        private Set<String> only = new LinkedHashSet<>(PROCESSES);
        private final List<ProcessSpec> extra = new ArrayList<>();
        private final Map<String, Map<String, String>> extraEnv = new LinkedHashMap<>();
        private final Map<String, Duration> timeouts = new LinkedHashMap<>();
        private boolean detached;
        private Duration stopGrace = Duration.ofSeconds(20);
        private Consumer<String> reporter = System.out::println;
        private List<String> springJvmOptions = DEFAULT_SPRING_JVM_OPTIONS;
        private List<String> mongoJvmOptions = DEFAULT_MONGO_JVM_OPTIONS;
        private String keycloakHeap = DEFAULT_KEYCLOAK_HEAP;

        private Builder(Path repoRoot) {
            this.repoRoot = repoRoot.toAbsolutePath().normalize();
        }

        /** Fixed port of a process (HTTP for Spring apps and Keycloak, TCP for mongo); 0 = any free port. */
        public Builder port(String process, int port) {
            requireKnown(process);
            ports.put(process, port);
            return this;
        }

        /** Fixed gRPC port of a service; 0 = any free port. */
        public Builder grpcPort(String service, int port) {
            if (!SERVICES.contains(service)) {
                throw new IllegalArgumentException("not a service: " + service);
            }
            grpcPorts.put(service, port);
            return this;
        }

        public Builder keycloakManagementPort(int port) {
            this.keycloakManagementPort = port;
            return this;
        }

        /** Every port not set explicitly is a free port chosen at {@link #build()} (tests next to {@code make run}). */
        public Builder anyFreePorts() {
            this.anyFreePorts = true;
            return this;
        }

        public Builder mongoInMemory() {
            this.mongoMode = MongoMode.MEMORY;
            this.mongoFile = null;
            return this;
        }

        /** H2 file backend; data survives a restart. */
        public Builder mongoFile(Path file) {
            this.mongoMode = MongoMode.FILE;
            this.mongoFile = file.toAbsolutePath();
            return this;
        }

        /** Where pid files and the state file go; logs go to {@code <dir>/logs} unless set. Default .local/run. */
        public Builder runDirectory(Path dir) {
            this.runDirectory = dir.toAbsolutePath();
            return this;
        }

        public Builder logDirectory(Path dir) {
            this.logDirectory = dir.toAbsolutePath();
            return this;
        }

        /** Only these platform processes (names from {@link #PROCESSES}); custom processes are always included. */
        public Builder only(Collection<String> processes) {
            processes.forEach(Builder::requireKnown);
            this.only = new LinkedHashSet<>(processes);
            return this;
        }

        public Builder only(String... processes) {
            return only(List.of(processes));
        }

        /** Adds a custom process (tests, tools). */
        public Builder process(ProcessSpec spec) {
            extra.add(spec);
            return this;
        }

        /** An extra environment variable for one platform process. */
        public Builder environment(String process, String name, String value) {
            requireKnown(process);
            extraEnv.computeIfAbsent(process, k -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        public Builder startTimeout(String process, Duration timeout) {
            timeouts.put(process, timeout);
            return this;
        }

        /** Processes outlive the launcher; their pids stay recorded for {@code launcher stop}. */
        public Builder detached(boolean detached) {
            this.detached = detached;
            return this;
        }

        public Builder stopGrace(Duration grace) {
            this.stopGrace = grace;
            return this;
        }

        public Builder reporter(Consumer<String> reporter) {
            this.reporter = Objects.requireNonNull(reporter);
            return this;
        }

        /**
         * JVM options of the Spring apps, instead of {@link #DEFAULT_SPRING_JVM_OPTIONS} (tuned for start-up: C1 only).
         * Benchmarks should pass options without {@code -XX:TieredStopAtLevel=1}.
         */
        public Builder springJvmOptions(List<String> options) {
            this.springJvmOptions = List.copyOf(options);
            return this;
        }

        /** JVM options of the mongo server process, instead of {@link #DEFAULT_MONGO_JVM_OPTIONS} (C1 only). */
        public Builder mongoJvmOptions(List<String> options) {
            this.mongoJvmOptions = List.copyOf(options);
            return this;
        }

        /** Value of Keycloak's {@code JAVA_OPTS_KC_HEAP}. */
        public Builder keycloakHeap(String heapOptions) {
            this.keycloakHeap = heapOptions;
            return this;
        }

        private static void requireKnown(String process) {
            if (!PROCESSES.contains(process)) {
                throw new IllegalArgumentException("unknown platform process '" + process + "'; known: " + PROCESSES);
            }
        }

        public LocalPlatform build() {
            if (runDirectory == null) {
                runDirectory = repoRoot.resolve(".local/run");
            }
            if (logDirectory == null) {
                logDirectory = runDirectory.resolve("logs");
            }
            Set<Integer> taken = new HashSet<>();
            Map<String, Integer> resolved = new LinkedHashMap<>();
            Map<String, Integer> resolvedGrpc = new LinkedHashMap<>();
            for (String p : PROCESSES) {
                resolved.put(p, resolvePort(ports.get(p), DEFAULT_PORTS.get(p), taken));
            }
            for (String s : SERVICES) {
                resolvedGrpc.put(s, resolvePort(grpcPorts.get(s), DEFAULT_GRPC_PORTS.get(s), taken));
            }
            int kcManagement = resolvePort(keycloakManagementPort, DEFAULT_KEYCLOAK_MANAGEMENT_PORT, taken);
            Map<String, ProcessSpec> specs = new LinkedHashMap<>();
            PlatformProcesses definitions = new PlatformProcesses(this, resolved, resolvedGrpc, kcManagement);
            for (String p : PROCESSES) {
                if (only.contains(p)) {
                    specs.put(p, definitions.spec(p));
                }
            }
            for (ProcessSpec spec : extra) {
                if (specs.putIfAbsent(spec.name(), spec) != null) {
                    throw new IllegalArgumentException("duplicate process name " + spec.name());
                }
            }
            return new LocalPlatform(this, resolved, resolvedGrpc, kcManagement, specs);
        }

        private int resolvePort(Integer explicit, int fallback, Set<Integer> taken) {
            int port;
            if (explicit != null && explicit != 0) {
                port = explicit;
            } else if (explicit != null || anyFreePorts) {
                do {
                    port = freePort();
                } while (taken.contains(port));
            } else {
                port = fallback;
            }
            if (!taken.add(port)) {
                throw new IllegalArgumentException("port " + port + " assigned twice");
            }
            return port;
        }
    }

    /** The definitions of the platform's own processes (docs/runtime.md). */
    private static final class PlatformProcesses {
        private final Builder b;
        private final Map<String, Integer> ports;
        private final Map<String, Integer> grpc;
        private final int kcManagement;
        private final Set<String> copied = ConcurrentHashMap.newKeySet();

        PlatformProcesses(Builder b, Map<String, Integer> ports, Map<String, Integer> grpc, int kcManagement) {
            this.b = b;
            this.ports = ports;
            this.grpc = grpc;
            this.kcManagement = kcManagement;
        }

        ProcessSpec spec(String name) {
            ProcessSpec base = switch (name) {
                case MONGO -> mongo();
                case KEYCLOAK -> keycloak();
                case GATEWAY -> gateway();
                default -> service(name);
            };
            Map<String, String> env = new LinkedHashMap<>(base.environment());
            env.putAll(b.extraEnv.getOrDefault(name, Map.of()));
            return new ProcessSpec(base.name(), base.command(), env, base.workDirectory(), base.health(),
                    b.timeouts.getOrDefault(name, base.startTimeout()), base.dependsOn(), base.beforeLaunch());
        }

        private ProcessSpec mongo() {
            List<String> command = new ArrayList<>(selfCommand(b.mongoJvmOptions));
            command.addAll(List.of("mongo", "--port", Integer.toString(ports.get(MONGO))));
            if (b.mongoMode == MongoMode.FILE) {
                command.addAll(List.of("--data", b.mongoFile.toString()));
            }
            return new ProcessSpec(MONGO, command, Map.of(), b.repoRoot, HealthCheck.tcp("localhost", ports.get(MONGO)),
                    Duration.ofSeconds(60), Set.of(), null);
        }

        private ProcessSpec keycloak() {
            Path home = b.repoRoot.resolve(KEYCLOAK_HOME);
            Path kcSh = home.resolve("bin/kc.sh");
            Path realm = b.repoRoot.resolve(REALM_FILE);
            int port = ports.get(KEYCLOAK);
            List<String> command = List.of(kcSh.toString(), "start-dev",
                    "--http-port", Integer.toString(port),
                    "--http-management-port", Integer.toString(kcManagement),
                    "--import-realm", "--db", "dev-mem",
                    // one issuer whatever host name a client uses (localhost or 127.0.0.1)
                    "--hostname", "http://localhost:" + port);
            Runnable prepare = () -> {
                if (!Files.isExecutable(kcSh)) {
                    throw new PlatformException("Keycloak is not unpacked at " + home + ": run 'make keycloak' first");
                }
                try {
                    Path importDir = Files.createDirectories(home.resolve("data/import"));
                    Files.copy(realm, importDir.resolve("poles-realm.json"), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot copy the realm " + realm + " into " + home, e);
                }
            };
            URI discovery = URI.create("http://localhost:" + port + "/realms/" + REALM
                    + "/.well-known/openid-configuration");
            return new ProcessSpec(KEYCLOAK, command, Map.of("JAVA_OPTS_KC_HEAP", b.keycloakHeap), home,
                    HealthCheck.http(discovery), Duration.ofSeconds(240), Set.of(), prepare);
        }

        private static void copy(Path from, Path to) {
            try {
                Files.createDirectories(to.getParent());
                Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
                Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
                // a new file, not a rewrite: a JVM still holding the previous copy keeps reading its own
                Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
            }
        }

        private String issuer() {
            return "http://localhost:" + ports.get(KEYCLOAK) + "/realms/" + REALM;
        }

        private Map<String, String> identityEnv() {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("POLES_ISSUER_URI", issuer());
            env.put("POLES_JWKS_URI", issuer() + "/protocol/openid-connect/certs");
            env.put("POLES_TOKEN_URI", issuer() + "/protocol/openid-connect/token");
            return env;
        }

        private ProcessSpec service(String name) {
            Map<String, String> env = identityEnv();
            env.put("SERVER_PORT", Integer.toString(ports.get(name)));
            env.put("GRPC_PORT", Integer.toString(grpc.get(name)));
            env.put("MONGODB_URI", "mongodb://localhost:" + ports.get(MONGO) + "/" + databaseOf(name));
            env.put("POLES_CLIENT_ID", name);
            env.put("POLES_CLIENT_SECRET", name + "-secret");
            if (CRM.equals(name)) {
                env.put("GUIDANCE_GRPC_TARGET", "localhost:" + grpc.get(GUIDANCE));
                env.put("FINANCING_GRPC_TARGET", "localhost:" + grpc.get(FINANCING));
                env.put("HOUSING_GRPC_TARGET", "localhost:" + grpc.get(HOUSING));
            } else {
                env.put("CRM_GRPC_TARGET", "localhost:" + grpc.get(CRM));
            }
            if (FINANCING.equals(name)) {
                // the "guidance required" rule (M49.C) asks the guidance service
                env.put("GUIDANCE_GRPC_TARGET", "localhost:" + grpc.get(GUIDANCE));
            }
            return spring(name, env, Set.of(MONGO));
        }

        private ProcessSpec gateway() {
            Map<String, String> env = identityEnv();
            env.remove("POLES_TOKEN_URI");
            env.put("SERVER_PORT", Integer.toString(ports.get(GATEWAY)));
            env.put("GATEWAY_CLIENT_ID", "poles-gateway");
            env.put("GATEWAY_CLIENT_SECRET", "poles-gateway-secret");
            env.put("CRM_URL", "http://localhost:" + ports.get(CRM));
            env.put("GUIDANCE_URL", "http://localhost:" + ports.get(GUIDANCE));
            env.put("FINANCING_URL", "http://localhost:" + ports.get(FINANCING));
            env.put("HOUSING_URL", "http://localhost:" + ports.get(HOUSING));
            // the gateway is configured with Keycloak's endpoints (no OIDC discovery at start-up) and has no database:
            // it starts at once, in parallel with everything else
            return spring(GATEWAY, env, Set.of());
        }

        /**
         * A Spring app runs from a copy of {@code <module>/target/<module>.jar} in {@code <run dir>/jars/}, made at
         * its first launch by this platform: Maven rewrites the jar in place, and a JVM whose jar is rewritten under
         * it fails on the next class it loads (NoClassDefFoundError). Restarts reuse the copy.
         */
        private ProcessSpec spring(String module, Map<String, String> env, Set<String> dependsOn) {
            Path jar = b.repoRoot.resolve(module).resolve("target").resolve(module + ".jar");
            Path runJar = b.runDirectory.resolve("jars").resolve(module + ".jar");
            List<String> command = new ArrayList<>();
            command.add(javaExecutable());
            command.addAll(b.springJvmOptions);
            command.add("-jar");
            command.add(runJar.toString());
            Runnable prepare = () -> {
                if (!Files.isDirectory(b.repoRoot.resolve(module))) {
                    throw new PlatformException("module " + module + "/ does not exist in " + b.repoRoot
                            + " (start without it: --only)");
                }
                if (!Files.isRegularFile(jar)) {
                    throw new PlatformException(module + " is not built (" + jar + " missing): run 'make build'");
                }
                if (copied.add(module)) {
                    copy(jar, runJar);
                }
            };
            URI readiness = URI.create("http://localhost:" + env.get("SERVER_PORT") + "/actuator/health/readiness");
            return new ProcessSpec(module, command, env, b.repoRoot, HealthCheck.http(readiness),
                    Duration.ofSeconds(180), dependsOn, prepare);
        }
    }
}
