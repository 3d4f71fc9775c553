package io.dslint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick schema reader builds exactly Jackson's tree, or declines and leaves the file to Jackson. */
class SchemaJsonReaderTest {
  @Test
  void everyEmbeddedSchemaReadsAsJacksonReadsIt() throws IOException, URISyntaxException {
    Path root = Path.of(SchemaJsonReaderTest.class.getResource("/dslint/schemas/").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertTrue(files.size() > 300, "embedded schemas found: " + files.size());
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      JsonNode quick = SchemaJsonReader.read(bytes);
      assertNotNull(quick, "declined " + f);
      assertSameTree(jackson(bytes), quick, f.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "[]", "{\"a\":[1,-2,0,9223372036854775807,-9223372036854775808,9223372036854775808]}",
      " { \"a\" : { \"b\" : [ true , false , null ] } } ", "{\"a\":\"x\",\"a\":\"y\"}", "\"s\"", "-0", "[[[[]]]]"})
  void acceptedDocumentsEqualJacksonsTrees(String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonNode quick = SchemaJsonReader.read(bytes);
    assertNotNull(quick, json);
    assertSameTree(jackson(bytes), quick, json);
  }

  /** Everything else is Jackson's to read or to reject with its own message. */
  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"a\":}", "{\"a\":1,}", "[1,]", "01", "1.5", "1e3", "-", "{\"a\\n\":1}",
      "\"caf\u00e9\"", "\"tab\there\"", "\ufeff{}", "{} {}", "tru", "nul", "{'a':1}", "{\"a\" 1}", "[1 2]"})
  void declinesWhatItDoesNotKnow(String json) {
    assertNull(SchemaJsonReader.read(json.getBytes(StandardCharsets.UTF_8)), json);
  }

  @Test
  void declinesDeepNesting() {
    String deep = "[".repeat(500) + "]".repeat(500);
    assertNull(SchemaJsonReader.read(deep.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode jackson(byte[] bytes) throws IOException {
    return JsonTree.read(new ByteArrayInputStream(bytes));
  }

  /** Equal trees with the same node classes (a LongNode is not an IntNode, say), field order included. */
  private static void assertSameTree(JsonNode expected, JsonNode actual, String where) {
    assertEquals(expected, actual, where);
    assertEquals(expected.getClass(), actual.getClass(), where);
    if (expected.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> e = expected.fields();
      Iterator<Map.Entry<String, JsonNode>> a = actual.fields();
      while (e.hasNext()) {
        Map.Entry<String, JsonNode> x = e.next();
        Map.Entry<String, JsonNode> y = a.next();
        assertEquals(x.getKey(), y.getKey(), where);
        assertSameTree(x.getValue(), y.getValue(), where + "/" + x.getKey());
      }
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameTree(expected.get(i), actual.get(i), where + "/" + i);
      }
    }
  }
}
