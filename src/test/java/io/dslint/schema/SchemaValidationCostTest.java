package io.dslint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.dslint.TestPaths;
import io.dslint.source.DocumentSplitter;
import io.dslint.source.DocumentText;
import io.dslint.source.LineReader;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.YamlDocument;
import io.dslint.yaml.YamlLoader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures (and prints) what schema validation costs: loading and compiling the DaemonSet schema
 * once, the first validation, and the steady per-document cost. Only sanity is asserted: timings
 * depend on the machine. Reproduce with: mvn test -Dtest=SchemaValidationCostTest.
 */
class SchemaValidationCostTest {
  @Test
  void measure() throws Exception {
    List<MapNode> docs = new ArrayList<>();
    Path examples = TestPaths.testdata().resolve("rules");
    try (var files = Files.walk(examples)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(p); LineReader reader = new LineReader(in)) {
          DocumentSplitter splitter = new DocumentSplitter(reader, YamlLoader.MAX_DOCUMENT_CHARS);
          DocumentText t;
          int i = 0;
          while ((t = splitter.next()) != null) {
            try {
              YamlDocument d = new YamlLoader().load(t.text(), i++, t.firstLine(), t.lines());
              if (d != null && d.root() instanceof MapNode m && "DaemonSet".equals(m.string("kind"))
                  && "apps/v1".equals(m.string("apiVersion"))) {
                docs.add(m);
              }
            } catch (Exception e) {
              // not a loadable document: not part of the sample
            }
          }
        }
      }
    }
    long t0 = System.nanoTime();
    SchemaStore store = new SchemaStore(SchemaOptions.defaults());
    SchemaStore.Loaded schema = store.find("apps/v1", "DaemonSet");
    long t1 = System.nanoTime();
    assertNotNull(schema);
    SchemaValidator.validate(schema, docs.get(0), Pointer.ROOT);
    long t2 = System.nanoTime();
    int rounds = 20;
    int validated = 0;
    long t3 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (MapNode d : docs) {
        SchemaValidator.validate(schema, d, Pointer.ROOT);
        validated++;
      }
    }
    long t4 = System.nanoTime();
    assertEquals(rounds * docs.size(), validated);
    assertEquals(schema, store.find("apps/v1", "DaemonSet"), "cached per run");
    System.out.printf(Locale.ROOT, "[schema cost] load+compile DaemonSet schema %.1f ms; first validation %.1f ms;"
            + " then %.3f ms per DaemonSet document (%d validations of %d sample documents)%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t4 - t3) / 1e6 / validated, validated, docs.size());
  }
}
