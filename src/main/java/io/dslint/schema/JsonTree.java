package io.dslint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dslint.yaml.MapNode;
import io.dslint.yaml.Node;
import io.dslint.yaml.ScalarNode;
import io.dslint.yaml.SeqNode;
import java.math.BigInteger;

/**
 * Our loaded YAML tree (YAML 1.1 scalars, aliases and merges already resolved by SnakeYAML) as a
 * Jackson tree, which is what the JSON schema validator reads. Positions stay in our tree: a
 * validation error's JSON pointer is mapped back through the document's SourceMap.
 */
public final class JsonTree {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonTree() {}

  public static JsonNode of(Node node) {
    if (node instanceof MapNode map) {
      ObjectNode o = F.objectNode();
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
