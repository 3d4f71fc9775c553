package io.dslint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.LintConfig;
import io.dslint.engine.Linter;
import io.dslint.rules.RuleOptions;
import io.dslint.source.InputSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --schema-location: kubeconform layout, CRD catalog layout, precedence, strictness, bad files. */
class SchemaLocationTest {
  private static final String WIDGET_SCHEMA = """
      {"$schema": "http://json-schema.org/schema#", "type": "object",
       "x-kubernetes-group-version-kind": [{"group": "example.com", "kind": "Widget", "version": "v1"}],
       "properties": {
         "apiVersion": {"type": "string"}, "kind": {"type": "string"}, "metadata": {"type": "object"},
         "spec": {"type": "object", "required": ["size"], "additionalProperties": false,
                  "properties": {"size": {"type": "integer"}}}},
       "additionalProperties": false}
      """;
  private static final String WIDGET = """
      apiVersion: example.com/v1
      kind: Widget
      metadata:
        name: w
      spec:
        size: "3"
        colour: red
      """;

  @TempDir
  Path dir;

  private List<String> lint(String yaml, String version, boolean strict, Path... locations) throws IOException {
    Path file = dir.resolve("input.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    LintConfig config = LintConfig.builder().options(new RuleOptions(version, null))
        .schemaOptions(new SchemaOptions(version, strict, List.of(locations))).build();
    FileResult r = new Linter(config).lint(InputSource.file(file.toString(), file));
    List<String> out = new java.util.ArrayList<>();
    for (Finding f : r.findings()) {
      out.add(f.line() + " " + f.ruleId());
    }
    r.errors().forEach(e -> out.add(e.line() + " error " + e.message()));
    return out;
  }

  @Test
  void customResourceWithoutSchemaIsNoted() throws IOException {
    assertEquals(List.of("2 unknown-kind"), lint(WIDGET, "1.35", true));
  }

  @Test
  void kubeconformLayoutNewestPatchFirst() throws IOException {
    Path loc = dir.resolve("schemas");
    Files.createDirectories(loc.resolve("v1.35.0-standalone-strict"));
    Files.createDirectories(loc.resolve("v1.35.2-standalone-strict"));
    Files.writeString(loc.resolve("v1.35.0-standalone-strict/widget-example-v1.json"), "{not json");
    Files.writeString(loc.resolve("v1.35.2-standalone-strict/widget-example-v1.json"), WIDGET_SCHEMA);
    assertEquals(List.of("6 schema-violation", "7 schema-violation"), lint(WIDGET, "1.35", true, loc));
    // Non-strict drops additionalProperties: false, keeping the type check.
    assertEquals(List.of("6 schema-violation"), lint(WIDGET, "1.35", false, loc));
  }

  @Test
  void crdCatalogLayoutAndFlatFiles() throws IOException {
    Path catalog = dir.resolve("catalog");
    Files.createDirectories(catalog.resolve("example.com"));
    Files.writeString(catalog.resolve("example.com/widget_v1.json"), WIDGET_SCHEMA);
    assertEquals(List.of("6 schema-violation", "7 schema-violation"), lint(WIDGET, "1.35", true, catalog));
    Path flat = dir.resolve("flat");
    Files.createDirectories(flat);
    Files.writeString(flat.resolve("widget-example-v1.json"), WIDGET_SCHEMA);
    assertEquals(List.of("6 schema-violation", "7 schema-violation"), lint(WIDGET, "1.35", true, flat));
  }

  @Test
  void locationsComeBeforeTheEmbeddedSchemas() throws IOException {
    Path loc = dir.resolve("override");
    Files.createDirectories(loc);
    Files.writeString(loc.resolve("configmap-v1.json"), "{\"type\": \"object\"}");
    String cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {n: 1}\nextra: true\n";
    assertEquals(List.of("4 schema-violation", "5 schema-violation"), lint(cm, "1.35", true));
    assertEquals(List.of(), lint(cm, "1.35", true, loc));
  }

  @Test
  void anUnusableSchemaIsAnInputError() throws IOException {
    Path loc = dir.resolve("broken");
    Files.createDirectories(loc);
    Files.writeString(loc.resolve("widget-example-v1.json"), "[1, 2]");
    List<String> out = lint(WIDGET, "1.35", true, loc);
    assertEquals(1, out.size(), out.toString());
    assertTrue(out.get(0).startsWith("1 error schema") && out.get(0).contains("not a JSON object"), out.get(0));
  }

  /** kubeconform's own 1.32 files from the shared corpus, used as a schema location as they are. */
  @Test
  void kubeconformCheckoutAsIs() throws IOException {
    Path shared = TestPaths.shared();
    Assumptions.assumeTrue(shared != null && Files.isDirectory(shared.resolve("corpus/schemas/yannh")),
        "shared corpus not present");
    Path yannh = shared.resolve("corpus/schemas/yannh");
    String invalid = Files.readString(shared.resolve("corpus/schemas/samples/invalid.yaml"));
    List<String> ours = lint(invalid, "1.32", true);
    List<String> theirs = lint(invalid, "1.32", true, yannh);
    // The same errors at the same lines (kubeconform's schema puts nothing else in the way).
    assertEquals(ours.stream().filter(s -> s.endsWith("schema-violation")).toList(),
        theirs.stream().filter(s -> s.endsWith("schema-violation")).toList());
    assertTrue(theirs.contains("6 schema-violation"), theirs.toString());
  }
}
