package io.dslint.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes versions whose schemas are embedded, read from the generated
 * {@code dslint/schemas/index.properties} (a few hundred bytes; the schemas themselves load
 * lazily). Resolves a requested {@code X.Y} to an embedded version: exact, or for a minor between
 * two embedded ones (1.26, 1.29: no client release matches them) the nearest, newer on a tie,
 * with a warning; outside the embedded range it is refused with the nearest one named.
 */
public final class KubernetesVersions {
  static final String INDEX = "/dslint/schemas/index.properties";
  private static volatile KubernetesVersions embedded;

  private final List<String> versions;
  private final Properties index;

  private KubernetesVersions(List<String> versions, Properties index) {
    this.versions = versions;
    this.index = index;
  }

  /** The embedded versions, oldest first. */
  public static KubernetesVersions embedded() {
    KubernetesVersions v = embedded;
    if (v == null) {
      synchronized (KubernetesVersions.class) {
        if (embedded == null) {
          embedded = load();
        }
        v = embedded;
      }
    }
    return v;
  }

  private static KubernetesVersions load() {
    Properties p = new Properties();
    try (InputStream in = KubernetesVersions.class.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("no embedded schemas: " + INDEX + " is missing from the class path"
            + " (run the Maven build, which generates them)");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> list = new ArrayList<>();
    for (String s : p.getProperty("versions", "").split(",")) {
      if (!s.isBlank()) {
        list.add(s.strip());
      }
    }
    return new KubernetesVersions(List.copyOf(list), p);
  }

  public List<String> versions() {
    return versions;
  }

  public String newest() {
    return versions.get(versions.size() - 1);
  }

  /** The client-java-api release an embedded version's schemas come from. */
  public String clientRelease(String version) {
    return index.getProperty("client." + version);
  }

  /** A requested version resolved to an embedded one; {@code warning} is null for an exact match. */
  public record Resolution(String version, String warning) {}

  /**
   * Resolves "1.32" (also "v1.32" or "1.32.4") to an embedded version.
   *
   * @throws IllegalArgumentException with a message for the user when the version is malformed
   *     or outside the embedded range
   */
  public Resolution resolve(String requested) {
    Matcher m = Requested.MINOR.matcher(requested.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("--kubernetes-version takes a version like 1.35, not \""
          + requested + "\" (embedded: " + String.join(", ", versions) + ")");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    String wanted = major + "." + minor;
    if (versions.contains(wanted)) {
      return new Resolution(wanted, null);
    }
    int oldest = minorOf(versions.get(0));
    int newest = minorOf(newest());
    if (major != 1 || minor < oldest || minor > newest) {
      String nearest = major != 1 || minor > newest ? newest() : versions.get(0);
      throw new IllegalArgumentException("Kubernetes " + wanted + " is not supported: dslint embeds schemas for "
          + versions.get(0) + " to " + newest() + "; the nearest is " + nearest
          + " (use --kubernetes-version " + nearest + ")");
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String v : versions) {
      int d = Math.abs(minorOf(v) - minor);
      if (d < bestDistance || (d == bestDistance && minorOf(v) > minorOf(best))) {
        best = v;
        bestDistance = d;
      }
    }
    return new Resolution(best, "no schemas are embedded for Kubernetes " + wanted
        + " (no Kubernetes Java client release matches it); using the nearest embedded version, " + best);
  }

  private static int minorOf(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }

  /**
   * The form of a requested version; a holder class, compiled only when a version is asked for:
   * the embedded index itself is read first thing of every run, on the schema prefetch thread.
   */
  private static final class Requested {
    static final Pattern MINOR = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?");
  }
}
