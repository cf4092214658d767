package be.brussels.poles.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signals a process together with all its descendants, and tells whether they are really gone.
 *
 * <p>A process that has exited but was not reaped by its parent (a zombie) counts as gone: it runs no code and holds no
 * port. This matters here because orphans are re-parented to PID 1, which on some machines never reaps them.
 */
public final class ProcessTree {

    private static final Duration POLL = Duration.ofMillis(50);

    private ProcessTree() {
    }

    /** The root followed by all its live descendants (a snapshot). */
    public static List<ProcessHandle> snapshot(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        return tree;
    }

    /** True when the process exists and is not a zombie. */
    public static boolean isRunning(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    /** True when a process with this pid exists and is not a zombie. */
    public static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessTree::isRunning).orElse(false);
    }

    /** True when any process of the list still runs. */
    public static boolean anyRunning(List<ProcessHandle> processes) {
        return processes.stream().anyMatch(ProcessTree::isRunning);
    }

    /**
     * SIGTERM to the root and every descendant, wait up to {@code grace} for all of them to exit, then SIGKILL whatever
     * is left (including descendants started in the meantime).
     *
     * @return true when the tree had to be killed forcibly
     */
    public static boolean terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = snapshot(root);
        // Descendants first: a wrapper script (kc.sh) forwards the signal itself, a plain JVM just gets one signal.
        for (int i = tree.size() - 1; i >= 0; i--) {
            tree.get(i).destroy();
        }
        if (awaitGone(tree, grace)) {
            return false;
        }
        List<ProcessHandle> left = new ArrayList<>(tree);
        if (isRunning(root)) {
            root.descendants().filter(p -> !left.contains(p)).forEach(left::add);
        }
        left.forEach(ProcessHandle::destroyForcibly);
        if (!awaitGone(left, Duration.ofSeconds(10))) {
            throw new IllegalStateException("process tree of pid " + root.pid() + " survived SIGKILL: " + describe(left));
        }
        return true;
    }

    /** SIGKILL ({@code destroyForcibly}) on the root and every descendant; waits until none of them runs. */
    public static void kill(ProcessHandle root) {
        List<ProcessHandle> tree = snapshot(root);
        tree.forEach(ProcessHandle::destroyForcibly);
        if (!awaitGone(tree, Duration.ofSeconds(10))) {
            throw new IllegalStateException("process tree of pid " + root.pid() + " survived SIGKILL: " + describe(tree));
        }
    }

    /** Polls until none of the processes runs; false on timeout. */
    public static boolean awaitGone(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (anyRunning(processes)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(POLL);
        }
        return true;
    }

    static String describe(List<ProcessHandle> processes) {
        StringBuilder sb = new StringBuilder();
        for (ProcessHandle p : processes) {
            if (isRunning(p)) {
                sb.append(p.pid()).append(' ').append(p.info().command().orElse("?")).append("; ");
            }
        }
        return sb.toString();
    }

    /** Linux: state letter Z (zombie) or X (dead) in /proc/PID/stat. Elsewhere: never a zombie. */
    static boolean isZombie(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String content = Files.readString(stat);
            // format: pid (comm) state ...; comm may contain spaces and parentheses, so take the last ')'
            int close = content.lastIndexOf(')');
            if (close < 0 || close + 2 >= content.length()) {
                return false;
            }
            char state = content.charAt(close + 2);
            return state == 'Z' || state == 'X';
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<ProcessHandle> find(long pid) {
        return ProcessHandle.of(pid).filter(ProcessTree::isRunning);
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
