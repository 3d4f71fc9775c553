package io.dslint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * A small JSON reader for schema files, building the same Jackson tree as {@link JsonTree#read}.
 * Reading the 74 KB DaemonSet schema is on the critical path of every one-file lint, and in a
 * cold JVM jackson-core's parser (large methods, interpreted until compiled) took most of it; this
 * loop is short enough to be compiled early. It returns null for anything it does not expect
 * (invalid JSON included), and the caller then reads with Jackson, whose error messages stay the
 * ones users see. SchemaJsonReaderTest compares both readers on every embedded schema.
 */
final class SchemaJsonReader {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** Jackson's tree from a well-formed file is at most this deep here; deeper input goes to Jackson. */
  private static final int MAX_DEPTH = 200;

  private final byte[] in;
  private int pos;

  private SchemaJsonReader(byte[] in) {
    this.in = in;
  }

  /** The tree of a JSON document, or null to let Jackson read it. */
  static JsonNode read(byte[] json) {
    SchemaJsonReader r = new SchemaJsonReader(json);
    try {
      JsonNode node = r.value(0);
      r.skipSpace();
      return node != null && r.pos == json.length ? node : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private JsonNode value(int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    skipSpace();
    byte c = in[pos];
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return new JsonTree.SchemaString(string());
      case 't':
        return literal("true") ? F.booleanNode(true) : null;
      case 'f':
        return literal("false") ? F.booleanNode(false) : null;
      case 'n':
        return literal("null") ? F.nullNode() : null;
      default:
        return c == '-' || (c >= '0' && c <= '9') ? number() : null;
    }
  }

  private ObjectNode object(int depth) {
    ObjectNode o = F.objectNode();
    pos++;
    skipSpace();
    if (in[pos] == '}') {
      pos++;
      return o;
    }
    while (true) {
      skipSpace();
      if (in[pos] != '"') {
        return null;
      }
      String name = string();
      skipSpace();
      if (in[pos++] != ':') {
        return null;
      }
      JsonNode v = value(depth + 1);
      if (v == null) {
        return null;
      }
      o.set(name, v);
      skipSpace();
      byte c = in[pos++];
      if (c == '}') {
        return o;
      }
      if (c != ',') {
        return null;
      }
    }
  }

  private ArrayNode array(int depth) {
    ArrayNode a = F.arrayNode();
    pos++;
    skipSpace();
    if (in[pos] == ']') {
      pos++;
      return a;
    }
    while (true) {
      JsonNode v = value(depth + 1);
      if (v == null) {
        return null;
      }
      a.add(v);
      skipSpace();
      byte c = in[pos++];
      if (c == ']') {
        return a;
      }
      if (c != ',') {
        return null;
      }
    }
  }

  /** An ASCII string without escapes or control characters; anything else is left to Jackson. */
  private String string() {
    int start = ++pos;
    while (true) {
      byte c = in[pos];
      if (c == '"') {
        break;
      }
      if (c == '\\' || c < 0x20) {
        // escapes, control characters and non-ASCII bytes (negative): Jackson checks them
        throw new IllegalStateException("escape, control or non-ASCII character");
      }
      pos++;
    }
    return new String(in, start, pos++ - start, StandardCharsets.UTF_8);
  }

  /** Integers as Jackson's tree holds them (long, else BigInteger); decimals as BigDecimal. */
  private JsonNode number() {
    int start = pos;
    if (in[pos] == '-') {
      pos++;
    }
    boolean integral = true;
    while (pos < in.length) {
      byte c = in[pos];
      if (c >= '0' && c <= '9') {
        pos++;
      } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
        integral = false;
        pos++;
      } else {
        break;
      }
    }
    String text = new String(in, start, pos - start, StandardCharsets.US_ASCII);
    if (!integral || !isJsonInteger(text)) {
      throw new IllegalStateException("decimals and malformed numbers are left to Jackson");
    }
    BigInteger value = new BigInteger(text);
    return value.bitLength() < 64 ? F.numberNode(value.longValue()) : F.numberNode(value);
  }

  /** {@code -?(0|[1-9][0-9]*)} */
  private static boolean isJsonInteger(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    return text.length() > i && (text.charAt(i) != '0' || text.length() == i + 1);
  }

  private boolean literal(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (pos + i >= in.length || in[pos + i] != word.charAt(i)) {
        return false;
      }
    }
    pos += word.length();
    return true;
  }

  private void skipSpace() {
    while (pos < in.length) {
      byte c = in[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }
}
