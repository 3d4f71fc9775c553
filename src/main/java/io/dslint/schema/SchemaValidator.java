package io.dslint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.dslint.yaml.Node;
import io.dslint.yaml.Pointer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates one object against its schema and words each error as a person reads it, with the
 * field's path as kubectl prints it: {@code spec.template.spec.containers[0].ports[0].containerPort:
 * expected integer, got string "80"}. Each violation carries the JSON pointer of the offending
 * value; for an unknown or missing field, of that field (the engine places a missing one on the
 * object that should hold it).
 */
public final class SchemaValidator {
  /** One schema error: where (absolute pointer in the document) and what. */
  public record Violation(Pointer pointer, String message) {}

  private SchemaValidator() {}

  /**
   * @param object the object's node (a document root or a List item)
   * @param at the object's pointer in its document ("" or "/items/N")
   */
  public static List<Violation> validate(SchemaStore.Loaded schema, Node object, Pointer at) {
    JsonNode json = JsonTree.of(object);
    List<Error> errors = schema.schema().validate(json);
    // kubeconform's own schemas write int-or-string and quantities as oneOf: one error for the
    // oneOf is enough, not one more per alternative.
    Set<String> alternatives = new java.util.HashSet<>();
    for (Error e : errors) {
      if (isCombinator(e)) {
        alternatives.add(String.valueOf(e.getInstanceLocation()));
      }
    }
    Set<Violation> out = new LinkedHashSet<>();
    for (Error e : errors) {
      if (!isCombinator(e) && alternatives.contains(String.valueOf(e.getInstanceLocation()))
          && String.valueOf(e.getEvaluationPath()).matches(".*/(oneOf|anyOf)/.*")) {
        continue;
      }
      if (isCombinator(e) && e.getInstanceNode() != null && e.getInstanceNode().isNull()) {
        // null matched several alternatives that all accept it: the API server reads it as unset.
        continue;
      }
      out.add(describe(e, json, at));
    }
    return new ArrayList<>(out);
  }

  private static boolean isCombinator(Error e) {
    return "oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword());
  }

  static Violation describe(Error e, JsonNode root, Pointer at) {
    List<Object> path = elements(e.getInstanceLocation());
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    String property = e.getProperty();
    JsonNode instance = e.getInstanceNode();
    switch (keyword) {
      case "additionalProperties": {
        List<Object> field = append(path, property);
        return new Violation(pointer(at, field), render(root, field) + ": unknown field \"" + property
            + "\" (--no-strict allows unknown fields)");
      }
      case "required": {
        List<Object> field = append(path, property);
        return new Violation(pointer(at, field), where(root, path) + "missing required field \"" + property + "\"");
      }
      case "type":
        return new Violation(pointer(at, path), where(root, path) + "expected " + expectedTypes(e.getSchemaNode())
            + ", got " + describe(instance));
      case "format":
        return new Violation(pointer(at, path), where(root, path) + describe(instance) + " is not a valid "
            + formatName(e));
      case "oneOf":
      case "anyOf":
        return new Violation(pointer(at, path), where(root, path) + "expected " + alternativeTypes(e.getSchemaNode())
            + ", got " + describe(instance));
      case "enum":
        return new Violation(pointer(at, path), where(root, path) + describe(instance) + " is not one of "
            + e.getSchemaNode());
      default:
        return new Violation(pointer(at, path), where(root, path) + e.getMessage());
    }
  }

  private static String where(JsonNode root, List<Object> path) {
    return path.isEmpty() ? "" : render(root, path) + ": ";
  }

  private static String formatName(Error e) {
    JsonNode s = e.getSchemaNode();
    String f = s != null && s.isTextual() ? s.asText() : null;
    if ("date-time".equals(f)) {
      return "RFC 3339 date-time (like 2024-01-31T12:00:00Z)";
    }
    return f != null ? f : "value for its format";
  }

  private static List<Object> elements(NodePath p) {
    List<Object> out = new ArrayList<>();
    if (p != null) {
      for (int i = 0; i < p.getNameCount(); i++) {
        out.add(p.getElement(i));
      }
    }
    return out;
  }

  private static List<Object> append(List<Object> path, String property) {
    List<Object> out = new ArrayList<>(path);
    if (property != null) {
      out.add(property);
    }
    return out;
  }

  private static Pointer pointer(Pointer at, List<Object> path) {
    Pointer p = at;
    for (Object o : path) {
      p = o instanceof Integer i ? p.append(i) : p.append(String.valueOf(o));
    }
    return p;
  }

  /** kubectl's field path: {@code spec.containers[0].name}. */
  static String render(JsonNode root, List<Object> path) {
    StringBuilder sb = new StringBuilder();
    JsonNode node = root;
    for (Object o : path) {
      if (node != null && node.isArray()) {
        int i = o instanceof Integer n ? n : Integer.parseInt(String.valueOf(o));
        sb.append('[').append(i).append(']');
        node = node.get(i);
      } else {
        String name = String.valueOf(o);
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(name);
        node = node == null ? null : node.get(name);
      }
    }
    return sb.toString();
  }

  private static String expectedTypes(JsonNode typeNode) {
    List<String> types = new ArrayList<>();
    if (typeNode != null && typeNode.isTextual()) {
      types.add(typeNode.asText());
    } else if (typeNode != null && typeNode.isArray()) {
      for (Iterator<JsonNode> it = typeNode.elements(); it.hasNext(); ) {
        String t = it.next().asText();
        if (!t.equals("null")) {
          types.add(t);
        }
      }
    }
    if (types.isEmpty()) {
      return "another type";
    }
    return types.size() == 1 ? article(types.get(0)) : String.join(" or ", types.stream().map(SchemaValidator::article).toList());
  }

  private static String alternativeTypes(JsonNode alternatives) {
    List<String> types = new ArrayList<>();
    if (alternatives != null && alternatives.isArray()) {
      for (JsonNode alt : alternatives) {
        JsonNode type = alt.get("type");
        List<JsonNode> names = new ArrayList<>();
        if (type != null && type.isArray()) {
          type.forEach(names::add);
        } else if (type != null) {
          names.add(type);
        }
        for (JsonNode n : names) {
          if (!n.asText().equals("null") && !types.contains(n.asText())) {
            types.add(n.asText());
          }
        }
      }
    }
    if (types.isEmpty()) {
      return "a value matching exactly one of its alternatives";
    }
    java.util.Collections.sort(types);
    return String.join(" or ", types.stream().map(SchemaValidator::article).toList());
  }

  private static String article(String type) {
    return switch (type) {
      case "object" -> "an object";
      case "array" -> "a list";
      default -> type;
    };
  }

  /** The value for a message: its JSON type and, for scalars, the value. */
  static String describe(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    if (v.isNull()) {
      return "null";
    }
    if (v.isTextual()) {
      String s = v.asText();
      if (s.length() > 60) {
        s = s.substring(0, 57) + "...";
      }
      return "string \"" + s + "\"";
    }
    if (v.isIntegralNumber()) {
      return "integer " + v.asText();
    }
    if (v.isNumber()) {
      return "number " + v.asText();
    }
    if (v.isBoolean()) {
      return "boolean " + v.asText();
    }
    if (v.isArray()) {
      return "a list";
    }
    return "an object";
  }
}
