package be.brussels.poles.launcher;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

/**
 * A tiny child process for the tests: answers {@code GET /actuator/health/readiness} with 200 like a Spring app.
 * Arguments: {@code PORT [--delay-ms N] [--spawn-child]}; with {@code --spawn-child} it also starts a {@code sleep}
 * grandchild, so that it is a process tree. Without arguments the port comes from {@code SERVER_PORT}, as for the
 * platform's Spring apps.
 */
public final class TinyHealthServer {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args.length > 0 ? args[0] : System.getenv("SERVER_PORT"));
        List<String> options = List.of(args);
        int delay = options.contains("--delay-ms") ? Integer.parseInt(args[options.indexOf("--delay-ms") + 1]) : 0;
        if (options.contains("--spawn-child")) {
            Process child = new ProcessBuilder("sleep", "300").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            System.out.println("grandchild " + child.pid());
        }
        Thread.sleep(delay);
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("tiny server listening on " + port);
        Thread.currentThread().join();
    }
}
