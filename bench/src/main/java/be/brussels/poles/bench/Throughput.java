package be.brussels.poles.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Runs batches through a writer from a fixed number of concurrent streams and measures the
 * throughput and the latency of each batch call.
 */
final class Throughput {

  /** What one run measured. */
  record Result(String name, int items, long nanos, Histogram batchMicros) {
    double perSecond() {
      return items / (nanos / 1e9);
    }

    String describe() {
      return String.format("%-34s %9.0f events/s  %7d events in %6.2f s  batch p50 %6.1f ms  p99 %6.1f ms",
          name, perSecond(), items, nanos / 1e9, batchMicros.getValueAtPercentile(50) / 1000.0,
          batchMicros.getValueAtPercentile(99) / 1000.0);
    }
  }

  private Throughput() {}

  /** Writes every batch; {@code items} is the number of events they hold, for the rate. */
  static <T> Result measure(String name, List<List<T>> batches, int items, int streams,
      Consumer<List<T>> writer) throws Exception {
    Histogram latencies = new Histogram(60_000_000L, 3);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(streams);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new java.util.ArrayList<>();
      for (int s = 0; s < streams; s++) {
        workers.add(pool.submit(() -> {
          int index;
          while ((index = next.getAndIncrement()) < batches.size()) {
            long t0 = System.nanoTime();
            writer.accept(batches.get(index));
            long micros = (System.nanoTime() - t0) / 1000;
            synchronized (latencies) {
              latencies.recordValue(Math.min(micros, latencies.getHighestTrackableValue()));
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(name, items, System.nanoTime() - start, latencies);
  }

  /** Several rounds of the same path as one result: total events over total time. */
  static Result combine(String name, List<Result> rounds) {
    Histogram all = new Histogram(60_000_000L, 3);
    rounds.forEach(r -> all.add(r.batchMicros()));
    return new Result(name, rounds.stream().mapToInt(Result::items).sum(),
        rounds.stream().mapToLong(Result::nanos).sum(), all);
  }

  static <T> List<List<T>> batches(List<T> items, int size) {
    List<List<T>> batches = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      batches.add(items.subList(i, Math.min(i + size, items.size())));
    }
    return batches;
  }
}
