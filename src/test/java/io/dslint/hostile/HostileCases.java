package io.dslint.hostile;

import io.dslint.TestPaths;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile-input suite of {@code testdata/hostile/EXPECTED.tsv}: its rows, and each row made
 * real in a scratch directory: committed files copied, large inputs generated (nothing of
 * megabytes is committed), file-system situations (links, FIFOs, permissions) created.
 */
final class HostileCases {
  /** A DaemonSet whose line 17 is a privileged-container finding. */
  static final String DAEMONSET = String.join("\n",
      "apiVersion: apps/v1",
      "kind: DaemonSet",
      "metadata:",
      "  name: agent",
      "  namespace: kube-system",
      "spec:",
      "  selector:",
      "    matchLabels: {app: agent}",
      "  template:",
      "    metadata:",
      "      labels: {app: agent}",
      "    spec:",
      "      containers:",
      "        - name: agent",
      "          image: registry.example.com/agent:1.0.0",
      "          securityContext:",
      "            privileged: true",
      "");

  private static final Pattern FINDING = Pattern.compile("([a-z0-9-]+)@(\\d+)");
  private static final Pattern COUNT = Pattern.compile("(skipped|documents|errors|files)=(\\d+)");

  /** One row: {@code line} is null for "-" (no error expected). */
  record Case(String name, int exit, Integer line, String message, List<String> findings,
      List<String> counts, String why) {
    boolean expectsError() {
      return line != null;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** How to run a prepared case: its command-line paths, standard input, and what must happen first. */
  record Prepared(List<String> paths, byte[] stdin, String skipReason, Thread writer) {
    static Prepared of(String... paths) {
      return new Prepared(List.of(paths), new byte[0], null, null);
    }

    static Prepared skipped(String reason) {
      return new Prepared(List.of(), new byte[0], reason, null);
    }

    /** Starts what the case needs while dslint runs (a FIFO's writer). */
    void start() {
      if (writer != null) {
        writer.start();
      }
    }
  }

  private HostileCases() {}

  static Path directory() {
    return TestPaths.testdata().resolve("hostile");
  }

  static List<Case> all() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(directory().resolve("EXPECTED.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("case\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IllegalStateException("EXPECTED.tsv: 5 tab-separated columns expected: " + line);
      }
      String message = null;
      List<String> findings = new ArrayList<>();
      List<String> counts = new ArrayList<>();
      for (String item : f[3].split(" ; ")) {
        String t = item.strip();
        if (FINDING.matcher(t).matches()) {
          findings.add(t);
        } else if (COUNT.matcher(t).matches()) {
          counts.add(t);
        } else if (!t.isEmpty()) {
          if (message != null) {
            throw new IllegalStateException("EXPECTED.tsv: one message fragment per case: " + line);
          }
          message = t;
        }
      }
      Integer errorLine = f[2].equals("-") ? null : Integer.valueOf(f[2]);
      if ((errorLine != null) != (message != null)) {
        throw new IllegalStateException("EXPECTED.tsv: an error line needs a message and the other way round: " + line);
      }
      cases.add(new Case(f[0], Integer.parseInt(f[1]), errorLine, message, List.copyOf(findings),
          List.copyOf(counts), f[4]));
    }
    return cases;
  }

  static Matcher count(String item) {
    Matcher m = COUNT.matcher(item);
    if (!m.matches()) {
      throw new IllegalArgumentException(item);
    }
    return m;
  }

  static Matcher finding(String item) {
    Matcher m = FINDING.matcher(item);
    if (!m.matches()) {
      throw new IllegalArgumentException(item);
    }
    return m;
  }

  /** Makes {@code c} real under {@code dir} (a fresh directory per case). */
  static Prepared prepare(Case c, Path dir) throws IOException {
    if (c.name().startsWith("gen:")) {
      return generate(c.name().substring(4), dir);
    }
    if (c.name().startsWith("fs:")) {
      return fileSystem(c.name().substring(3), dir);
    }
    Path file = dir.resolve(c.name());
    Files.copy(directory().resolve(c.name()), file);
    return Prepared.of(file.toString());
  }

  private static Prepared generate(String name, Path dir) throws IOException {
    Path file = dir.resolve(name + (name.equals("many-files") ? "" : ".yaml"));
    switch (name) {
      case "huge-document" -> write(file, w -> {
        w.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: huge}\ndata:\n");
        for (int i = 0; i < 100_000; i++) {
          w.write("  key" + i + ": \"" + "v".repeat(30) + "\"\n");
        }
      });
      case "huge-line" -> write(file, w -> {
        w.write("apiVersion: v1\nkind: ConfigMap\ndata:\n  big: \"");
        for (int i = 0; i < 9 * 1024; i++) {
          w.write("x".repeat(1024));
        }
        w.write("\"\n");
      });
      case "comment-line-over-document-limit" -> write(file, w -> {
        w.write("# ");
        for (int i = 0; i < 5 * 1024; i++) {
          w.write("c".repeat(1024));
        }
        w.write("\na: 1\n---\n" + DAEMONSET);
      });
      case "many-documents" -> write(file, w -> {
        for (int i = 0; i < 30_000; i++) {
          w.write("---\nkey: value" + i + "\n");
        }
      });
      case "many-daemonsets" -> write(file, w -> {
        for (int i = 0; i < 1_000; i++) {
          w.write((i == 0 ? "" : "---\n") + DAEMONSET.replace("name: agent\n  namespace", "name: agent" + i + "\n  namespace"));
        }
      });
      case "many-broken-documents" -> write(file, w -> {
        for (int i = 0; i < 5_000; i++) {
          w.write("---\nname: \"unterminated " + i + "\n");
        }
      });
      case "many-keys" -> write(file, w -> {
        for (int i = 0; i < 100_000; i++) {
          w.write("k" + i + ": v\n");
        }
      });
      case "duplicate-key-flood" -> write(file, w -> {
        w.write(DAEMONSET);
        for (int i = 0; i < 20_000; i++) {
          w.write("dup: " + i + "\n");
        }
      });
      case "scalar-alias-flood" -> write(file, w -> {
        w.write("- &x v\n");
        for (int i = 0; i < 600_000; i++) {
          w.write("- *x\n");
        }
      });
      case "flow-scalar-flood" -> write(file, w -> {
        w.write("a: [");
        for (int i = 0; i < 1_500_000; i++) {
          w.write("1,");
        }
        w.write("1]\n");
      });
      case "block-scalar-flood" -> write(file, w -> {
        for (int i = 0; i < 750_000; i++) {
          w.write("- 1\n");
        }
      });
      case "long-key" -> write(file, w -> w.write("k".repeat(2_000) + ": v\n"));
      case "deep-flow-huge" -> write(file, w -> {
        w.write("a: ");
        for (int i = 0; i < 1_000; i++) {
          w.write("[".repeat(1_000));
        }
        w.write("\n");
      });
      case "deep-block-huge" -> write(file, w -> {
        for (int i = 0; i < 2_000; i++) {
          w.write(" ".repeat(i) + "k:\n");
        }
      });
      case "many-files" -> {
        Files.createDirectories(file);
        for (int i = 0; i < 500; i++) {
          Files.writeString(file.resolve(String.format("ds-%04d.yaml", i)),
              DAEMONSET.replace("name: agent\n  namespace", "name: agent" + i + "\n  namespace"));
        }
      }
      default -> throw new IllegalArgumentException("no generator for gen:" + name);
    }
    return Prepared.of(file.toString());
  }

  private static Prepared fileSystem(String name, Path dir) throws IOException {
    Path good = dir.resolve("good.yaml");
    switch (name) {
      case "missing":
        return Prepared.of(dir.resolve("missing.yaml").toString());
      case "empty-argument":
        return Prepared.of("");
      case "broken-symlink": {
        Path link = dir.resolve("broken.yaml");
        Files.createSymbolicLink(link, dir.resolve("nowhere.yaml"));
        return Prepared.of(link.toString());
      }
      case "not-a-directory":
        Files.writeString(good, DAEMONSET);
        return Prepared.of(good.resolve("child.yaml").toString());
      case "symlink-loop": {
        Path d = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(d.resolve("good.yaml"), DAEMONSET);
        Files.createSymbolicLink(d.resolve("loop"), d);
        return Prepared.of(d.toString());
      }
      case "symlink-out-of-tree": {
        Path d = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(d.resolve("good.yaml"), DAEMONSET);
        Files.createSymbolicLink(d.resolve("root"), Path.of("/"));
        Path outside = Files.writeString(dir.resolve("outside.yaml"), DAEMONSET);
        Files.createSymbolicLink(d.resolve("z-outside.yaml"), outside);
        return Prepared.of(d.toString());
      }
      case "symlink-inside-tree": {
        Path d = Files.createDirectories(dir.resolve("tree"));
        Path sub = Files.createDirectories(d.resolve("sub"));
        Files.writeString(sub.resolve("good.yaml"), DAEMONSET);
        Files.createSymbolicLink(d.resolve("alias"), sub);
        return Prepared.of(d.toString());
      }
      case "fifo-in-directory": {
        Path d = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(d.resolve("good.yaml"), DAEMONSET);
        if (!mkfifo(d.resolve("pipe.yaml"))) {
          return Prepared.skipped("mkfifo is not available");
        }
        return Prepared.of(d.toString());
      }
      case "fifo-without-writer": {
        Path fifo = dir.resolve("pipe.yaml");
        if (!mkfifo(fifo)) {
          return Prepared.skipped("mkfifo is not available");
        }
        return Prepared.of(fifo.toString());
      }
      case "fifo-with-writer": {
        Path fifo = dir.resolve("pipe.yaml");
        if (!mkfifo(fifo)) {
          return Prepared.skipped("mkfifo is not available");
        }
        Thread writer = new Thread(() -> {
          try (OutputStream out = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
            out.write(DAEMONSET.getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            // the reader went away; the assertions report it
          }
        }, "fifo-writer");
        writer.setDaemon(true);
        return new Prepared(List.of(fifo.toString()), new byte[0], null, writer);
      }
      case "path-given-twice": {
        Path d = Files.createDirectories(dir.resolve("tree"));
        Path x = d.resolve("x.yaml");
        Files.writeString(x, DAEMONSET);
        return Prepared.of(x.toString(), d.resolve(".").resolve("x.yaml").toString(), d.toString());
      }
      case "stdin-twice":
        return new Prepared(List.of("-", "-"), DAEMONSET.getBytes(StandardCharsets.UTF_8), null, null);
      case "directory-named-yaml": {
        Path d = Files.createDirectories(dir.resolve("looks-like-a-file.yaml"));
        Files.writeString(d.resolve("good.yaml"), DAEMONSET);
        return Prepared.of(d.toString());
      }
      case "read-error":
        return Files.isReadable(Path.of("/proc/self/mem")) ? Prepared.of("/proc/self/mem")
            : Prepared.skipped("no /proc/self/mem");
      case "dev-zero":
        return Files.exists(Path.of("/dev/zero")) ? Prepared.of("/dev/zero") : Prepared.skipped("no /dev/zero");
      case "unreadable-file": {
        Files.writeString(good, DAEMONSET);
        if (!denyAll(good)) {
          return Prepared.skipped("permissions do not stop this user (root) from reading");
        }
        return Prepared.of(good.toString());
      }
      case "unreadable-directory": {
        Path d = Files.createDirectories(dir.resolve("closed"));
        Files.writeString(d.resolve("good.yaml"), DAEMONSET);
        if (!denyAll(d)) {
          return Prepared.skipped("permissions do not stop this user (root) from reading");
        }
        return Prepared.of(d.toString());
      }
      default:
        throw new IllegalArgumentException("no file-system case fs:" + name);
    }
  }

  /** Gives back the permissions {@link #prepare} took away, so that the directory can be deleted. */
  static void cleanUp(Path dir) {
    for (String name : List.of("closed", "good.yaml")) {
      Path p = dir.resolve(name);
      if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
        try {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
        } catch (IOException | UnsupportedOperationException ignored) {
          // nothing more to give back
        }
      }
    }
  }

  private static boolean denyAll(Path p) throws IOException {
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    return !Files.isReadable(p);
  }

  private static boolean mkfifo(Path p) {
    try {
      Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      return proc.waitFor() == 0 && Files.exists(p);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(w);
    }
  }
}
