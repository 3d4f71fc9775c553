package io.dslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dslint.TestPaths;
import io.dslint.source.InputSource;
import io.dslint.source.SourceExpander;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Results stream: a file's findings reach the listener document by document while later
 * documents are still to be linted, so what is held does not grow with the file.
 */
class StreamingTest {
  private static final int DOCUMENTS = 300;

  /** One stream of DOCUMENTS copies of the golden agents (DaemonSets with findings), renamed. */
  private static InputSource stream() throws Exception {
    String base = Files.readString(TestPaths.testdata().resolve("golden/agents.yaml"));
    StringBuilder sb = new StringBuilder();
    for (int d = 0; d < DOCUMENTS; d++) {
      sb.append(base.replace("node-agent", "agent-" + d)).append("\n---\n");
    }
    return new InputSource("stream.yaml", null, new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachDocumentsFindingsArriveBeforeTheNextDocumentIsLinted() throws Exception {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    Linter linter = new Linter(LintConfig.defaults(), 1,
        (ds, doc, object) -> events.add("lint " + doc.index()));
    List<Integer> partSizes = new ArrayList<>();
    linter.lintAll(new SourceExpander.Expansion(List.of(stream()), List.of()), new Listener() {
      @Override
      public void results(FileResult part) {
        Set<Integer> documents = new TreeSet<>();
        part.findings().forEach(f -> documents.add(f.object().document()));
        documents.forEach(d -> events.add("deliver " + d));
        partSizes.add(part.findings().size());
      }
    });
    int linted = -1;
    int deliveries = 0;
    for (String e : events) {
      int document = Integer.parseInt(e.substring(e.indexOf(' ') + 1));
      if (e.startsWith("lint ")) {
        linted = Math.max(linted, document);
      } else {
        deliveries++;
        assertTrue(linted <= document, "document " + document + "'s findings arrive before document " + linted
            + " is linted: " + events.subList(0, Math.min(12, events.size())));
      }
    }
    assertTrue(deliveries >= DOCUMENTS, "every copy of the base file had findings: " + deliveries);
    int perDocument = partSizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    int total = partSizes.stream().mapToInt(Integer::intValue).sum();
    assertTrue(perDocument > 0 && perDocument * DOCUMENTS <= total * 2,
        "no part holds more than a document's findings: largest " + perDocument + " of " + total);
  }

  @Test
  void parallelLintingRunsOnlyABoundedWindowAheadOfDelivery() throws Exception {
    int threads = 2;
    AtomicInteger delivered = new AtomicInteger();
    AtomicInteger widestGap = new AtomicInteger();
    Linter linter = new Linter(LintConfig.defaults(), threads,
        (ds, doc, object) -> widestGap.accumulateAndGet(doc.index() - delivered.get(), Math::max));
    RunSummary summary = linter.lintAll(new SourceExpander.Expansion(List.of(stream()), List.of()), new Listener() {
      @Override
      public void results(FileResult part) {
        delivered.addAndGet(part.documents());
      }
    });
    assertTrue(summary.documents() >= DOCUMENTS);
    assertEquals(summary.documents(), delivered.get());
    // DocumentPipeline keeps at most 16 documents per thread in flight.
    assertTrue(widestGap.get() <= threads * 16 + 1,
        "a document is linted at most a window ahead of the last delivered one: " + widestGap.get());
  }

  /** A listener that checks the file brackets. */
  private abstract static class Listener implements ResultListener {
    private String file;

    @Override
    public void beginFile(String name) {
      assertEquals(null, file, "files do not nest");
      file = name;
    }

    @Override
    public void endFile(String name) {
      assertEquals(file, name);
      file = null;
    }
  }
}
