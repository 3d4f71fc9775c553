package io.dslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.Fingerprint;
import io.dslint.engine.Suppression;
import io.dslint.engine.PodSecurityResult;
import io.dslint.engine.RunSummary;
import io.dslint.rules.RuleMeta;
import io.dslint.rules.Severity;
import io.dslint.source.InputError;
import io.dslint.yaml.Range;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: every catalog rule as a
 * reporting descriptor, one result per finding with one physical location (relative URI under
 * %SRCROOT%), a logical location naming the object and pointer, and fingerprints that do not
 * depend on line numbers. Inputs that could not be read become tool execution notifications.
 * Suppressed findings carry {@code suppressions} (inSource for comments and annotations, external
 * for the configuration file, with the reason as justification); with --baseline every result
 * has its {@code baselineState}: unchanged when the baseline has it, new otherwise.
 */
final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = Fingerprint.KEY;
  private static final String SRCROOT = "%SRCROOT%";
  /** Where results stand in the log: root object, runs, the run, its results. */
  private static final int RESULTS_DEPTH = 4;

  private final ReportContext context;
  private final List<RuleMeta> rules;
  private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
  /**
   * The results' JSON, written as findings arrive and held until the end: the run's invocation,
   * which comes first, says whether every input could be read.
   */
  private final CompressedText results = new CompressedText();
  private JsonGenerator resultWriter;
  private String lastFile;
  private Sarif.ArtifactLocation lastArtifact;
  private final List<Sarif.Notification> notifications = new ArrayList<>();
  private final List<Map<String, Object>> podSecurity = new ArrayList<>();

  SarifReporter(ReportContext context) {
    this.context = context;
    this.rules = context.catalog().all();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
  }

  @Override
  public void results(FileResult result) throws IOException {
    if (!result.findings().isEmpty() && resultWriter == null) {
      resultWriter = JsonOutput.elementsGenerator(results.writer(), RESULTS_DEPTH);
    }
    for (Finding f : result.findings()) {
      JsonOutput.write(resultWriter, result(f));
    }
    for (PodSecurityResult p : result.podSecurity()) {
      Sarif.Location where = new Sarif.Location(new Sarif.PhysicalLocation(artifact(p.file()), region(p.range())),
          List.of(new Sarif.LogicalLocation(p.objectLabel(), p.objectLabel(), "object")));
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("object", p.objectLabel());
      entry.putAll(PodSecurityOutput.entry(p, where));
      podSecurity.add(entry);
    }
    for (InputError e : result.errors()) {
      List<Sarif.Location> where = List.of(new Sarif.Location(new Sarif.PhysicalLocation(
          artifact(e.file()), e.line() > 0 ? region(Range.point(e.line(), Math.max(1, e.column()))) : null), null));
      notifications.add(new Sarif.Notification("error", new Sarif.Message(e.file()
          + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.message()), where));
    }
  }

  private Sarif.Result result(Finding f) {
    String objectName = f.object().label();
    Sarif.LogicalLocation logical = new Sarif.LogicalLocation(objectName,
        objectName + f.pointer(), "object");
    Sarif.Location location = new Sarif.Location(
        new Sarif.PhysicalLocation(fileArtifact(f.file()), region(f.range())), List.of(logical));
    Map<String, Object> properties = f.properties().isEmpty() ? null : new LinkedHashMap<>(f.properties());
    List<Sarif.Location> related = f.origin() == null ? null : List.of(new Sarif.Location(1,
        new Sarif.PhysicalLocation(artifact(f.origin()), null), null,
        new Sarif.Message("the Helm template this document was rendered from")));
    Suppression s = f.suppression();
    List<Sarif.Suppression> suppressions = s == null || s.baseline() ? null : List.of(new Sarif.Suppression(
        s.kind().sarifKind(), "accepted", s.reason(), s.file() == null ? null : new Sarif.Location(
            new Sarif.PhysicalLocation(artifact(s.file()), region(s.range())), null)));
    String baselineState = !context.baseline() ? null : s != null && s.baseline() ? "unchanged" : "new";
    return new Sarif.Result(f.ruleId(), ruleIndex.get(f.ruleId()), level(f.severity()),
        new Sarif.Message(f.message()), List.of(location), related,
        Map.of(FINGERPRINT_KEY, f.fingerprint()), properties, suppressions, baselineState);
  }


  /** The artifact of the file findings are in: the same for all findings of a file, so made once. */
  private Sarif.ArtifactLocation fileArtifact(String file) {
    if (!file.equals(lastFile)) {
      lastFile = file;
      lastArtifact = artifact(file);
    }
    return lastArtifact;
  }

  private static Sarif.Region region(Range r) {
    int endColumn = r.endLine() == r.startLine() ? Math.max(r.endColumn(), r.startColumn() + 1) : r.endColumn();
    return new Sarif.Region(r.startLine(), r.startColumn(), r.endLine(), endColumn);
  }

  /**
   * A relative URI under %SRCROOT% for paths inside the working directory; an absolute file URI
   * (normalised: SARIF forbids ".." segments) for everything else.
   */
  static Sarif.ArtifactLocation artifact(String file) {
    if (file.equals(io.dslint.source.InputSource.STDIN_NAME)) {
      return new Sarif.ArtifactLocation("stdin", SRCROOT);
    }
    try {
      Path path = Path.of(file).normalize();
      if (path.isAbsolute() || path.startsWith("..")) {
        return new Sarif.ArtifactLocation(path.toAbsolutePath().normalize().toUri().toASCIIString(), null);
      }
      // Joined from the path's own names: on Windows they are split at '\\', elsewhere a
      // backslash is part of a name (and then percent-encoded, never read as a separator).
      StringBuilder joined = new StringBuilder();
      for (Path name : path) {
        joined.append(joined.length() > 0 ? "/" : "").append(name);
      }
      String relative = joined.toString();
      String first = relative.indexOf('/') < 0 ? relative : relative.substring(0, relative.indexOf('/'));
      if (first.indexOf(':') >= 0) {
        // "a:b.yaml" would read as a URI with scheme "a" (RFC 3986 4.2: prefix a dot segment).
        relative = "./" + relative;
      }
      return new Sarif.ArtifactLocation(new URI(null, null, relative, null).toASCIIString(), SRCROOT);
    } catch (URISyntaxException | RuntimeException e) {
      return new Sarif.ArtifactLocation(percentEncoded(file), SRCROOT);
    }
  }

  /** Every byte but unreserved characters and '/' percent-encoded: always a relative reference. */
  private static String percentEncoded(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", (int) c));
      }
    }
    String s = sb.toString();
    return s.startsWith("/") ? "." + s : s;
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private List<Sarif.ReportingDescriptor> descriptors() {
    List<Sarif.ReportingDescriptor> out = new ArrayList<>();
    for (RuleMeta m : rules) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("category", m.category());
      java.util.Set<String> tags = new java.util.LinkedHashSet<>(List.of("kubernetes", "daemonset", m.category()));
      if (m.securitySeverity() != null) {
        tags.add("security"); // GitHub shows security-severity only for rules tagged "security"
        props.put("security-severity", m.securitySeverity());
      }
      props.put("tags", List.copyOf(tags));
      String help = m.title() + "\n\n" + m.remediation();
      out.add(new Sarif.ReportingDescriptor(m.id(), pascal(m.id()), new Sarif.Message(m.title()),
          new Sarif.Message(m.remediation()), new Sarif.MultiformatMessage(help, m.doc()),
          m.helpUri(), new Sarif.Configuration(level(m.severity()), m.enabledByDefault()), props));
    }
    return out;
  }

  /** "privileged-container" → "PrivilegedContainer", SARIF's recommended rule name style. */
  private static String pascal(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  @Override
  public void end(RunSummary summary) throws IOException {
    if (resultWriter != null) {
      resultWriter.flush();
    }
    Sarif.Driver driver = new Sarif.Driver("dslint", context.toolVersion(), semantic(context.toolVersion()),
        io.dslint.Project.HOME, descriptors());
    Sarif.Invocation invocation = new Sarif.Invocation(notifications.isEmpty(),
        notifications.isEmpty() ? null : notifications);
    Map<String, Object> runProperties = null;
    if (context.podSecurity()) {
      runProperties = new LinkedHashMap<>();
      runProperties.put("podSecurity", podSecurity);
      runProperties.put("podSecurityLevels", PodSecurityOutput.counts(summary));
    }
    Sarif.Log log = new Sarif.Log(SCHEMA, "2.1.0", List.of(new Sarif.Run(new Sarif.Tool(driver),
        List.of(invocation), new JsonOutput.HeldArray(results), "unicodeCodePoints", runProperties)));
    JsonGenerator g = JsonOutput.generator(context.out());
    JsonOutput.write(g, log);
    g.flush();
    context.out().write("\n");
    context.out().flush();
  }

  private static String semantic(String version) {
    return version.matches("\\d+\\.\\d+\\.\\d+.*") ? version : null;
  }
}
