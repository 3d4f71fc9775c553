package io.dslint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTreeTest {
  /** networknt prints enum values with toString(): ours must print exactly what Jackson prints. */
  @ParameterizedTest
  @ValueSource(strings = {"", "Always", "IfNotPresent", "a b", "quote\"d", "back\\slash", "tab\there",
      "line\nbreak", "\u0001", "caf\u00e9", "\u2028", "emoji \ud83d\ude00", "del\u007f", "~!@#$%^&*()_+{}|:<>?"})
  void schemaStringsPrintAsJacksonDoes(String value) throws IOException {
    JsonNode read = read(jsonString(value));
    assertInstanceOf(JsonTree.SchemaString.class, read);
    assertEquals(new TextNode(value).toString(), read.toString());
  }

  /** Enum matching compares the document's plain TextNode with the schema's string, both ways. */
  @ParameterizedTest
  @ValueSource(strings = {"Always", "", "caf\u00e9"})
  void schemaStringsEqualPlainTextNodes(String value) throws IOException {
    JsonNode read = read(jsonString(value));
    TextNode plain = new TextNode(value);
    assertEquals(plain, read);
    assertEquals(read, plain);
    assertEquals(plain.hashCode(), read.hashCode());
    Set<JsonNode> enumValues = new HashSet<>(Set.of(read));
    assertEquals(true, enumValues.contains(plain));
  }

  private static JsonNode read(String json) throws IOException {
    return JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String jsonString(String value) {
    return new TextNode(value).toString();
  }
}
