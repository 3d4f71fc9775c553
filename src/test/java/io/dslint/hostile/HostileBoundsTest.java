package io.dslint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import io.dslint.hostile.HostileCases.Case;
import io.dslint.hostile.HostileCases.Prepared;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time and memory of every hostile case, each in a JVM of its own with bin/dslint's flags and
 * a 512 MB heap ({@code java -Xmx512m … lint -f json CASE}): it must finish within 5 s (JVM start
 * included) without running out of heap, and print no stack trace. Peak resident set size and
 * CPU time are read from /proc while it runs; the measurements go to target/hostile-bounds.tsv.
 * The machine is shared: a case fails only when both its wall time and its CPU time are over
 * 5 s, twice.
 */
class HostileBoundsTest {
  static final long MAX_MILLIS = 5_000;
  static final String MAX_HEAP = "-Xmx512m";
  /** bin/dslint's JVM flags (less its CDS archive): the JVM users run. */
  static final List<String> LAUNCHER_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
      "-XX:-UsePerfData");
  private static final List<String> TABLE = new ArrayList<>();

  record Measured(int exit, long millis, long cpuMillis, long peakRssKb, String stdout, String stderr) {
    /** Over the bound in wall time and, when the machine is busy with others, in CPU time too. */
    boolean tooSlow() {
      return millis > MAX_MILLIS && cpuMillis > MAX_MILLIS;
    }
  }

  @Test
  void everyCaseFinishesWithinFiveSecondsAndA512MbHeap(@TempDir Path root) throws Exception {
    List<String> failures = new ArrayList<>();
    int i = 0;
    for (Case c : HostileCases.all()) {
      Path dir = Files.createDirectories(root.resolve("c" + i++));
      Prepared p = HostileCases.prepare(c, dir);
      try {
        if (p.skipReason() != null) {
          TABLE.add(c.name() + "\tskipped\t\t\t\t" + p.skipReason());
          continue;
        }
        Measured m = run(p);
        if (m.tooSlow()) {
          // once more before it counts
          p = HostileCases.prepare(c, Files.createDirectories(root.resolve("c" + i++)));
          m = run(p);
        }
        TABLE.add(c.name() + "\t" + m.exit() + "\t" + m.millis() + "\t" + m.cpuMillis() + "\t"
            + m.peakRssKb() / 1024 + "\t" + c.why());
        if (m.exit() != c.exit()) {
          failures.add(c.name() + ": exit " + m.exit() + ", expected " + c.exit() + "; stderr: " + m.stderr());
        }
        if (m.tooSlow()) {
          failures.add(c.name() + ": took " + m.millis() + " ms (" + m.cpuMillis() + " ms of CPU)");
        }
        if ((m.stderr() + m.stdout()).contains("OutOfMemoryError") || (m.stderr() + m.stdout()).contains("\tat ")) {
          failures.add(c.name() + ": out of memory or stack trace: " + HostileSuiteTest.abbreviate(m.stderr()));
        }
      } finally {
        HostileCases.cleanUp(dir);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @AfterAll
  static void writeTable() throws IOException {
    StringBuilder sb = new StringBuilder("case\texit\twall-ms\tcpu-ms\tpeak-rss-mb\twhy\n");
    TABLE.forEach(row -> sb.append(row).append('\n'));
    Path out = TestPaths.project().resolve("target/hostile-bounds.tsv");
    Files.createDirectories(out.getParent());
    Files.writeString(out, sb.toString());
    System.out.print("Hostile inputs, each in its own JVM (" + MAX_HEAP + "):\n" + sb);
  }

  /** Runs dslint on a prepared case in a new JVM and measures it. */
  static Measured run(Prepared p) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), MAX_HEAP));
    command.addAll(LAUNCHER_FLAGS);
    command.addAll(List.of("-cp", classPath(), "io.dslint.cli.Main", "lint", "-f", "json"));
    command.addAll(p.paths());
    long start = System.nanoTime();
    Process proc = new ProcessBuilder(command).start();
    p.start();
    try (OutputStream in = proc.getOutputStream()) {
      in.write(p.stdin());
    } catch (IOException e) {
      // it did not read standard input
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread o = drain(proc.getInputStream(), out);
    Thread e = drain(proc.getErrorStream(), err);
    long peak = 0;
    long cpu = 0;
    Path status = Path.of("/proc/" + proc.pid() + "/status");
    Path stat = Path.of("/proc/" + proc.pid() + "/stat");
    while (!proc.waitFor(10, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, peakRss(status));
      cpu = Math.max(cpu, cpuMillis(stat));
      if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
        proc.destroyForcibly();
        break;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    o.join();
    e.join();
    return new Measured(proc.exitValue(), millis, cpu > 0 ? cpu : millis, peak, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** User and system CPU time of a running process from /proc (in clock ticks of 10 ms), or 0. */
  private static long cpuMillis(Path stat) {
    try {
      String s = Files.readString(stat);
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime (fields 14, 15)
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static long peakRss(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process has ended, or this is not Linux
    }
    return 0;
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream into) {
    Thread t = new Thread(() -> {
      try (in) {
        in.transferTo(into);
      } catch (IOException ignored) {
        // the process ended
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The test run's class path (surefire's own property when it uses a manifest-only jar). */
  static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  @Test
  void theChildJvmRunsDslint() throws Exception {
    Measured m = run(new Prepared(List.of("-"), HostileCases.DAEMONSET.getBytes(StandardCharsets.UTF_8), null, null));
    assertEquals(1, m.exit(), m.stderr());
    assertFalse(m.stdout().isBlank());
  }
}
