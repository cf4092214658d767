package be.brussels.poles.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Command line of the local platform ({@code java -jar deploy/launcher/target/launcher-exec.jar <command>}).
 */
public final class Launcher {

    static final String USAGE = String.join("\n",
            "usage: launcher <command> [options]",
            "  mongo --port P [--data FILE] [--host H]  run the MongoDB-wire server in the foreground",
            "                                           (H2 file backend with --data, else in memory; SIGTERM stops it)",
            "  start [--only a,b] [--memory] [--ports name=port,...]",
            "                                           start the platform in the background, wait until healthy,",
            "                                           print the URL and the demo users (mongo data: .local/data;",
            "                                           --memory: none kept; --ports: other ports, 0 = any free one)",
            "  stop                                     stop the processes recorded in .local/run/*.pid",
            "  status                                   show the recorded processes and their health",
            "  seed                                     load the demo data (idempotent)",
            "common option: --repo DIR (repository root; default: the current directory)",
            "processes: " + String.join(", ", LocalPlatform.PROCESSES));

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int code;
        try {
            code = run(args);
        } catch (UsageException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            code = 2;
        } catch (LocalPlatform.PlatformException | Seeder.SeedException e) {
            System.err.println("error: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    static int run(String[] args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0];
        Map<String, String> options = options(args);
        switch (command) {
            case "mongo":
                return mongo(options);
            case "start":
                return start(options);
            case "stop":
                return stop(options);
            case "status":
                return status(options);
            case "seed":
                return seed(options);
            case "help":
            case "--help":
            case "-h":
                System.out.println(USAGE);
                return 0;
            default:
                throw new UsageException("unknown command: " + command);
        }
    }

    // ------------------------------------------------------------------ mongo

    private static int mongo(Map<String, String> options) {
        allow(options, "port", "data", "host");
        String portOption = options.get("port");
        if (portOption == null) {
            throw new UsageException("mongo needs --port");
        }
        int port = integer(portOption, "--port");
        String host = options.getOrDefault("host", "127.0.0.1");
        Optional<Path> data = Optional.ofNullable(options.get("data")).map(Path::of);
        EmbeddedMongo mongo = EmbeddedMongo.start(host, port, data);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            System.out.println(now() + " " + mongo.describe() + " stopped");
            stopped.countDown();
        }, "mongo-shutdown"));
        System.out.println(now() + " " + mongo.describe() + " listening on " + mongo.host() + ":" + mongo.port());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    // ------------------------------------------------------------------ start / stop / status

    private static int start(Map<String, String> options) {
        allow(options, "repo", "only", "memory", "ports");
        Path repo = repo(options);
        Path runDir = repo.resolve(".local/run");
        List<String> only = options.containsKey("only")
                ? List.of(options.get("only").split(","))
                : LocalPlatform.PROCESSES;
        List<LocalPlatform.Recorded> recorded = LocalPlatform.recorded(runDir);
        List<String> alive = recorded.stream().filter(LocalPlatform.Recorded::running)
                .map(LocalPlatform.Recorded::name).toList();
        if (!alive.isEmpty()) {
            if (alive.containsAll(only)) {
                System.out.println("The platform is already running (make status, make stop).");
                printWelcome(LocalPlatform.readState(runDir), only);
                return 0;
            }
            System.err.println("error: part of the platform is already running (" + String.join(", ", alive)
                    + "): run 'make stop' first.");
            return 1;
        }
        LocalPlatform.Builder builder = LocalPlatform.builder(repo).detached(true).runDirectory(runDir).only(only);
        if (!options.containsKey("memory")) {
            builder.mongoFile(repo.resolve(".local/data/mongo.mv.db"));
        }
        if (options.containsKey("ports")) {
            for (String assignment : options.get("ports").split(",")) {
                String[] nameAndPort = assignment.split("=", 2);
                if (nameAndPort.length != 2 || !LocalPlatform.PROCESSES.contains(nameAndPort[0])) {
                    throw new UsageException("--ports expects name=port pairs of " + LocalPlatform.PROCESSES
                            + ": " + assignment);
                }
                builder.port(nameAndPort[0], integer(nameAndPort[1], "--ports"));
            }
        }
        LocalPlatform platform = builder.build();
        System.out.println("Starting " + String.join(", ", platform.processNames()) + "; logs in "
                + repo.relativize(platform.logDirectory()) + "/");
        platform.startAll();
        printWelcome(LocalPlatform.readState(runDir), only);
        return 0;
    }

    private static void printWelcome(Properties state, List<String> processes) {
        System.out.println();
        if (processes.contains(LocalPlatform.GATEWAY)) {
            System.out.println("Brussels poles platform: " + state.getProperty("gateway.url", "http://localhost:8080"));
        }
        if (processes.contains(LocalPlatform.KEYCLOAK)) {
            System.out.println("Keycloak realm:          " + state.getProperty("issuer.uri"));
        }
        System.out.println("Demo users:");
        System.out.println(DemoUsers.table());
        System.out.println("Stop with 'make stop'; logs: 'make logs'.");
    }

    private static int stop(Map<String, String> options) {
        allow(options, "repo");
        Path runDir = repo(options).resolve(".local/run");
        List<String> stopped = LocalPlatform.stopRecorded(runDir, Duration.ofSeconds(20), System.out::println);
        System.out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
        return 0;
    }

    private static int status(Map<String, String> options) {
        allow(options, "repo");
        Path runDir = repo(options).resolve(".local/run");
        Properties state = LocalPlatform.readState(runDir);
        Map<String, LocalPlatform.Recorded> byName = new LinkedHashMap<>();
        LocalPlatform.recorded(runDir).forEach(r -> byName.put(r.name(), r));
        List<String> names = new ArrayList<>(LocalPlatform.PROCESSES);
        byName.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        if (byName.isEmpty()) {
            System.out.println("The platform is not running (nothing recorded in " + runDir + ").");
            return 1;
        }
        boolean allGood = true;
        System.out.printf("%-18s %-8s %-8s %s%n", "process", "pid", "state", "health");
        for (String name : names) {
            LocalPlatform.Recorded r = byName.get(name);
            String target = state.getProperty(name + ".health");
            if (r == null && target == null) {
                continue;
            }
            String pid = r == null ? "-" : Long.toString(r.pid());
            String running = r != null && r.running() ? "running" : "stopped";
            String health = "-";
            if (r != null && r.running() && target != null && !"custom".equals(target)) {
                health = (HealthCheck.fromTarget(target).healthy() ? "healthy" : "NOT READY") + " (" + target + ")";
            }
            allGood &= r != null && r.running() && health.startsWith("healthy");
            System.out.printf("%-18s %-8s %-8s %s%n", name, pid, running, health);
        }
        return allGood ? 0 : 1;
    }

    // ------------------------------------------------------------------ seed

    private static int seed(Map<String, String> options) {
        allow(options, "repo");
        Path runDir = repo(options).resolve(".local/run");
        Seeder.Targets targets = Seeder.Targets.from(System.getenv(), LocalPlatform.readState(runDir));
        System.out.println("Seeding demo data (CRM " + targets.crm() + ", guidance " + targets.guidance()
                + ", financing " + targets.financing() + ", housing " + targets.housing() + ")");
        Seeder.Report report = new Seeder(targets, System.out::println).seed();
        System.out.println(report.summary());
        return 0;
    }

    // ------------------------------------------------------------------ argument handling

    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** {@code --name value} pairs and {@code --flag} switches after the command. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value = "true";
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            }
            options.put(name, value);
        }
        return options;
    }

    private static void allow(Map<String, String> options, String... names) {
        List<String> allowed = List.of(names);
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
    }

    private static int integer(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " expects a number: " + value);
        }
    }

    private static Path repo(Map<String, String> options) {
        Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(repo.resolve(LocalPlatform.REALM_FILE))) {
            throw new UsageException(repo + " is not the repository root (no " + LocalPlatform.REALM_FILE
                    + "): run from the root or pass --repo");
        }
        return repo;
    }

    private static String now() {
        return LocalTime.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
