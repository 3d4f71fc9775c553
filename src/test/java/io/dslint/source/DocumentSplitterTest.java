package io.dslint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSplitterTest {
  private static List<DocumentText> split(String text) throws IOException {
    return split(text.getBytes(StandardCharsets.UTF_8), 1 << 20);
  }

  private static List<DocumentText> split(byte[] bytes, int max) throws IOException {
    DocumentSplitter s = new DocumentSplitter(new LineReader(new ByteArrayInputStream(bytes)), max);
    List<DocumentText> out = new ArrayList<>();
    DocumentText d;
    while ((d = s.next()) != null) {
      out.add(d);
    }
    return out;
  }

  @Test
  void splitsAtMarkersAndDropsEmptyDocuments() throws IOException {
    List<DocumentText> docs = split("---\na: 1\n---\n# comment\n---\n---\nb: 2\n...\n--- {c: 3}\n");
    assertEquals(3, docs.size());
    assertEquals(1, docs.get(0).firstLine());
    assertEquals("---\na: 1", docs.get(0).text());
    assertEquals(6, docs.get(1).firstLine());
    assertEquals("---\nb: 2\n...", docs.get(1).text());
    assertEquals(9, docs.get(2).firstLine());
  }

  @Test
  void directivesStayWithTheirDocument() throws IOException {
    List<DocumentText> docs = split("%YAML 1.1\n---\na: 1\n");
    assertEquals(1, docs.size());
    assertEquals(1, docs.get(0).firstLine());
    assertTrue(docs.get(0).text().startsWith("%YAML 1.1\n---"));
  }

  @Test
  void markersNeedColumnZeroAndASeparator() throws IOException {
    List<DocumentText> docs = split("a: |\n  ---\n  text\nb: ---x\n");
    assertEquals(1, docs.size());
  }

  @Test
  void bomAndCrlfAreRemoved() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "a: 1\r\n---\r\nb: 2\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    List<DocumentText> docs = split(all, 1 << 20);
    assertEquals("a: 1", docs.get(0).text());
    assertEquals("---\nb: 2", docs.get(1).text());
  }

  @Test
  void oversizedDocumentsAreFlaggedNotKept() throws IOException {
    List<DocumentText> docs = split(("a: " + "x".repeat(200) + "\n---\nb: 1\n").getBytes(StandardCharsets.UTF_8), 100);
    assertTrue(docs.get(0).oversized());
    assertTrue(docs.get(0).lines().isEmpty());
    assertEquals("---\nb: 1", docs.get(1).text());
  }

  @Test
  void invalidUtf8IsReportedWithItsPosition() {
    byte[] bytes = "ok: 1\nbad: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class, () -> split(bytes, 1 << 20));
    assertEquals(2, e.line());
    assertEquals(6, e.column());
  }
}
