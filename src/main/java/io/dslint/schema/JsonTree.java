package io.dslint.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SeqNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.LinkedHashMap;

/**
 * Our loaded YAML tree (YAML 1.1 scalars, aliases and merges already resolved by SnakeYAML) as a
 * Jackson tree, which is what the JSON schema validator reads. Positions stay in our tree: a
 * validation error's JSON pointer is mapped back through the document's SourceMap.
 */
public final class JsonTree {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private JsonTree() {}

  /**
   * Reads a JSON document (a schema file) into a tree with jackson-core's streaming parser:
   * this skips ObjectMapper, whose start-up costs more than reading a schema.
   */
  public static JsonNode read(InputStream in) throws IOException {
    try (JsonParser p = JSON.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IOException("empty document");
      }
      JsonNode node = value(p, t);
      if (p.nextToken() != null) {
        throw new IOException("trailing content after the JSON value");
      }
      return node;
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = F.objectNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = F.arrayNode();
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          a.add(value(p, v));
        }
        return a;
      }
      case VALUE_STRING:
        return new SchemaString(p.getText());
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? F.numberNode(p.getBigIntegerValue())
            : F.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return F.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return F.booleanNode(true);
      case VALUE_FALSE:
        return F.booleanNode(false);
      case VALUE_NULL:
        return F.nullNode();
      default:
        throw new IOException("unexpected " + t + " at " + p.currentLocation());
    }
  }

  /**
   * A schema's string. networknt prints every enum value with {@code toString()} when it builds
   * the enum's message, and Jackson's {@code toString()} starts an ObjectMapper, whose class
   * initialisation is the costliest single step of compiling the first schema of a cold run
   * (about 50 ms). Strings that need no JSON escaping are printed here, identically.
   */
  static final class SchemaString extends TextNode {
    private static final long serialVersionUID = 1L;

    SchemaString(String value) {
      super(value);
    }

    @Override
    public String toString() {
      String s = textValue();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
          return super.toString();
        }
      }
      return '"' + s + '"';
    }
  }

  public static JsonNode of(Node node) {
    if (node instanceof MapNode map) {
      // sized up front: a default-sized map rehashes on most Kubernetes objects
      ObjectNode o = new ObjectNode(F, new LinkedHashMap<>(map.size() * 4 / 3 + 1));
      for (MapNode.Entry e : map.entries()) {
        o.set(e.key(), of(e.value()));
      }
      return o;
    }
    if (node instanceof SeqNode seq) {
      ArrayNode a = F.arrayNode(seq.items().size());
      for (Node item : seq.items()) {
        a.add(of(item));
      }
      return a;
    }
    Object v = ((ScalarNode) node).value();
    if (v == null) {
      return F.nullNode();
    }
    if (v instanceof String s) {
      return F.textNode(s);
    }
    if (v instanceof Boolean b) {
      return F.booleanNode(b);
    }
    if (v instanceof Long l) {
      return F.numberNode(l);
    }
    if (v instanceof BigInteger b) {
      return F.numberNode(b);
    }
    if (v instanceof Double d) {
      return F.numberNode(d);
    }
    return F.textNode(String.valueOf(v));
  }
}
