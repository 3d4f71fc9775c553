package io.dslint.fuzz;

import static io.dslint.fuzz.FuzzSupport.check;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dslint.TestPaths;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.LintConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Every reporter on fuzzed results (mutated DaemonSets or raw bytes, under odd file names):
 * each format is well formed (json, SARIF against the OASIS schema when ../shared has it and
 * GitHub's rules always, JUnit XML, Code Climate JSON, the gnu line pattern, workflow
 * commands), the line-oriented formats carry no control characters that a terminal or log viewer
 * would interpret, and two runs (sequential and parallel) give the same bytes.
 */
class ReportersFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Pattern GNU = Pattern.compile(
      "^(.+):(\\d+):(\\d+):\\s+(error|warning|info):\\s+(.*)\\s+\\[([a-z0-9-]+)\\]$");
  /** C0 (but tab and line feed), DEL, C1, and the bidirectional overrides and isolates. */
  private static final Pattern UNSAFE = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
  private static final String[] NAMES = {"a.yaml", "deploy/agent.yaml", "dir with space/x.yml",
      "../up/ds.yaml", "/abs/path/ds.yaml", "C:\\win\\ds.yaml", "a:b.yaml", "k8s:agent/ds.yaml",
      "%41%2F.yaml", "#frag?q=1.yaml", "\u00fcml\u00e4ut/\u30c7\u30fc\u30e2\u30f3.yaml", "<stdin>",
      "./x.yaml", "a//b.yaml", "..", ".", "x\ny.yaml", "\u001b[31mred.yaml", "tab\there.json",
      "\u202eevil.yaml", "new\r\nline.yaml", "a,b:c::d.yaml", "[x]{y}.yaml", "\\\\server\\share\\x.yaml"};
  private static final Schema SARIF_SCHEMA = loadSarifSchema();

  private static Schema loadSarifSchema() {
    Path shared = TestPaths.shared();
    Path file = shared == null ? null : shared.resolve("corpus/schemas/sarif-schema-2.1.0.json");
    if (file == null || !Files.exists(file)) {
      return null; // structural checks below still run
    }
    try (InputStream in = Files.newInputStream(file)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @FuzzTest
  void allFormats(FuzzedDataProvider data) throws Exception {
    LintConfig config = data.consumeBoolean() ? FuzzSupport.DEFAULTS : FuzzSupport.ALL_RULES;
    int files = data.consumeInt(1, 3);
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(24);
      if (name.isEmpty() || name.indexOf('\0') >= 0) {
        name = "n" + i + ".yaml"; // no path on the command line or in a directory is empty or has NUL
      }
      names.add(name);
      contents.add(data.consumeBoolean() || i == files - 1
          ? ManifestGenerator.generate(data).getBytes(StandardCharsets.UTF_8)
          : data.consumeBytes(512));
    }
    List<FileResult> sequential = new ArrayList<>();
    List<FileResult> parallel = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      FileResult r = FuzzSupport.lint(config, names.get(i), contents.get(i));
      FuzzSupport.checkResult(config, r, names.get(i), contents.get(i));
      sequential.add(r);
      parallel.addAll(FuzzSupport.lintParallel(config, names.get(i), contents.get(i), 2));
    }
    Map<String, String> out = FuzzSupport.render(config, sequential, "0.0.0-fuzz");
    Map<String, String> again = FuzzSupport.render(config, parallel, "0.0.0-fuzz");
    Map<String, String> streamed = FuzzSupport.renderStreamed(config, names, contents, sequential, 2, "0.0.0-fuzz");
    for (String format : out.keySet()) {
      check(out.get(format).equals(again.get(format)), "the same input gives the same bytes", format);
      check(out.get(format).equals(streamed.get(format)), "streamed part by part gives the same bytes", format);
    }
    int findings = sequential.stream().mapToInt(r -> r.findings().size()).sum();
    int errors = sequential.stream().mapToInt(r -> r.errors().size()).sum();
    checkJson(out.get("json"), findings, errors);
    checkSarif(out.get("sarif"), findings);
    checkJunit(out.get("junit"));
    checkCodeClimate(out.get("codeclimate"), findings);
    checkGnu(out.get("gnu"), sequential);
    checkLines("text", out.get("text"));
    checkLines("github", out.get("github"));
    for (String line : out.get("github").split("\n", -1)) {
      check(line.isEmpty() || line.startsWith("::"), "every github line is a workflow command", line);
    }
  }

  private static void checkJson(String text, int findings, int errors) throws IOException {
    JsonNode root = JSON.readTree(text);
    check(root.get("findings").size() == findings, "json lists every finding", text);
    check(root.get("errors").size() == errors, "json lists every error", text);
    for (JsonNode f : root.get("findings")) {
      check(f.get("line").asInt() >= 1, "json line is 1-based", f.toString());
    }
  }

  private static void checkSarif(String text, int findings) throws IOException {
    JsonNode log = JSON.readTree(text);
    if (SARIF_SCHEMA != null) {
      List<com.networknt.schema.Error> problems = SARIF_SCHEMA.validate(log);
      check(problems.isEmpty(), "SARIF validates against the OASIS schema", problems + "\n" + text);
    }
    check(log.get("version").asText().equals("2.1.0"), "SARIF 2.1.0", "");
    JsonNode run = log.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    check(run.get("results").size() == findings, "a result per finding", "");
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      check(index >= 0 && index < rules.size()
          && rules.get(index).get("id").asText().equals(result.get("ruleId").asText()), "ruleIndex names the rule", result.toString());
      check(result.get("locations").size() == 1, "one location", result.toString());
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      checkArtifact(physical.get("artifactLocation"));
      JsonNode region = physical.get("region");
      check(region.get("startLine").asInt() >= 1 && region.get("startColumn").asInt() >= 1, "1-based region", region.toString());
      check(region.get("endLine").asInt() >= region.get("startLine").asInt(), "region ends after it starts", region.toString());
      check(region.get("endLine").asInt() > region.get("startLine").asInt()
          || region.get("endColumn").asInt() > region.get("startColumn").asInt(), "a non-empty region", region.toString());
      if (result.has("relatedLocations")) {
        for (JsonNode related : result.get("relatedLocations")) {
          checkArtifact(related.get("physicalLocation").get("artifactLocation"));
        }
      }
      check(result.get("partialFingerprints").size() > 0, "fingerprints", result.toString());
    }
    JsonNode notifications = run.get("invocations").get(0).get("toolExecutionNotifications");
    if (notifications != null) {
      for (JsonNode n : notifications) {
        for (JsonNode l : n.get("locations")) {
          checkArtifact(l.get("physicalLocation").get("artifactLocation"));
        }
      }
    }
  }

  /** A URI reference: relative under %SRCROOT% (no scheme, no ".." segment) or an absolute file URI. */
  private static void checkArtifact(JsonNode artifact) {
    String uri = artifact.get("uri").asText();
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      throw new AssertionError("artifact uri is a URI reference: " + uri + " (" + e.getMessage() + ")");
    }
    if (artifact.has("uriBaseId")) {
      check(!parsed.isAbsolute() && parsed.getRawAuthority() == null, "a relative reference under uriBaseId", uri);
      check(!uri.startsWith("/") && !("/" + uri + "/").contains("/../"), "relative and without .. segments", uri);
    } else {
      check("file".equals(parsed.getScheme()), "an absolute file URI", uri);
    }
  }

  private static void checkJunit(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc;
    try {
      doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (org.xml.sax.SAXException e) {
      throw new AssertionError("JUnit XML is well formed: " + e.getMessage() + "\n" + text);
    }
    check(doc.getDocumentElement().getTagName().equals("testsuites"), "JUnit XML root", "");
  }

  private static void checkCodeClimate(String text, int findings) throws IOException {
    JsonNode issues = JSON.readTree(text);
    check(issues.isArray() && issues.size() == findings, "an issue per finding", text);
    for (JsonNode i : issues) {
      check(i.get("location").get("positions").get("begin").get("line").asInt() >= 1, "1-based line", i.toString());
    }
  }

  private static void checkGnu(String text, List<FileResult> results) {
    checkLines("gnu", text);
    List<String> lines = new ArrayList<>(List.of(text.split("\n")));
    lines.removeIf(l -> l.isEmpty() || l.contains(": error: ") && !GNU.matcher(l).matches());
    int findings = 0;
    for (FileResult r : results) {
      for (Finding f : r.findings()) {
        findings++;
      }
    }
    check(lines.size() == findings, "a gnu line per finding", text);
    for (String line : lines) {
      check(GNU.matcher(line).matches(), "gnu lines match the documented pattern", line);
    }
  }

  /** Output read in terminals and logs holds no control characters but tab and line feed. */
  private static void checkLines(String format, String text) {
    var m = UNSAFE.matcher(text);
    if (m.find()) {
      int start = Math.max(0, m.start() - 60);
      throw new AssertionError(format + " output carries a control character U+"
          + String.format("%04X", (int) text.charAt(m.start())) + " near: "
          + text.substring(start, Math.min(text.length(), m.end() + 20)));
    }
  }
}
