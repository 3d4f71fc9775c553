package io.dslint.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {
  private static YamlDocument load(String text) throws YamlSyntaxException {
    return load(text, 1);
  }

  private static YamlDocument load(String text, int firstLine) throws YamlSyntaxException {
    return new YamlLoader().load(text, 0, firstLine, List.of(text.split("\n", -1)));
  }

  private static Object value(YamlDocument doc, String key) {
    return ((ScalarNode) ((MapNode) doc.root()).get(key)).value();
  }

  @Test
  void scalarsResolveAsYaml11LikeKubectl() throws Exception {
    YamlDocument doc = load("a: yes\nb: on\nc: 0644\nd: 0x1F\ne: 1_000\nf: '80'\ng: ~\nh: 1.5\ni: 2001-12-14\nj: \"true\"\n");
    assertEquals(true, value(doc, "a"));
    assertEquals(true, value(doc, "b"));
    assertEquals(420L, value(doc, "c"), "octal, as YAML 1.1");
    assertEquals(31L, value(doc, "d"));
    assertEquals(1000L, value(doc, "e"));
    assertEquals("80", value(doc, "f"));
    assertNull(value(doc, "g"));
    assertEquals(1.5, value(doc, "h"));
    assertEquals("2001-12-14", value(doc, "i"), "timestamps stay strings, as in JSON");
    assertEquals("true", value(doc, "j"));
  }

  @Test
  void rangesAreFileLinesAndColumns() throws Exception {
    YamlDocument doc = load("metadata:\n  name: agent\n", 10);
    Range r = doc.sourceMap().resolve(Pointer.parse("/metadata/name"));
    assertEquals(new Range(11, 3, 11, 14), r, "from the key to the end of the scalar value");
  }

  @Test
  void absentFieldsResolveToTheDeepestExistingNode() throws Exception {
    YamlDocument doc = load("spec:\n  containers:\n    - name: a\n      image: x\n");
    Range r = doc.sourceMap().resolve(Pointer.parse("/spec/containers/0/resources/limits/memory"));
    assertEquals(3, r.startLine());
    assertEquals(7, r.startColumn(), "the container's first key");
    assertEquals(1, doc.sourceMap().resolve(Pointer.parse("/nothing/here")).startLine());
  }

  @Test
  void mergeKeysGiveWayToExplicitKeysAndEarlierMerges() throws Exception {
    YamlDocument doc = load("base: &b {x: 1, y: 1}\nother: &o {y: 2, z: 2}\nm:\n  <<: [*b, *o]\n  x: 3\n");
    MapNode m = (MapNode) ((MapNode) doc.root()).get("m");
    assertEquals(3L, ((ScalarNode) m.get("x")).value());
    assertEquals(1L, ((ScalarNode) m.get("y")).value());
    assertEquals(2L, ((ScalarNode) m.get("z")).value());
    assertTrue(doc.duplicateKeys().isEmpty());
  }

  @Test
  void duplicateKeysAreRecordedAndTheLastValueWins() throws Exception {
    YamlDocument doc = load("a: 1\nb: 2\na: 3\n");
    assertEquals(3L, value(doc, "a"));
    assertEquals(1, doc.duplicateKeys().size());
    DuplicateKey d = doc.duplicateKeys().get(0);
    assertEquals(3, d.range().startLine());
    assertEquals(1, d.first().startLine());
    assertEquals("/a", d.pointer().toString());
  }

  @Test
  void nonStringKeysBecomeTheirJsonText() throws Exception {
    MapNode root = (MapNode) load("1: one\ntrue: yes\n").root();
    assertTrue(root.has("1"));
    assertTrue(root.has("true"));
  }

  @Test
  void jsonWithTabsLoads() throws Exception {
    YamlDocument doc = load("{\n\t\"a\": \"tab\\there\",\n\t\"b\": [1,\t2]\n}");
    assertEquals("tab\there", value(doc, "a"));
  }

  @Test
  void refusesTagsAndComplexKeys() {
    YamlSyntaxException tag = assertThrows(YamlSyntaxException.class, () -> load("a: !!python/none x\n"));
    assertTrue(tag.getMessage().contains("unsupported tag"), tag.getMessage());
    assertEquals(1, tag.line());
    assertEquals(4, tag.column());
    assertThrows(YamlSyntaxException.class, () -> load("? [a, b]\n: c\n"));
    assertThrows(YamlSyntaxException.class, () -> load("a: !custom {b: c}\n"));
  }

  @Test
  void syntaxErrorsCarryFileLines() {
    YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> load("a: b\n c: d\n  - e\n", 20));
    assertTrue(e.line() >= 20, "line " + e.line());
  }

  @Test
  void emptyDocumentIsNull() throws Exception {
    assertNull(load("# just a comment\n"));
  }
}
