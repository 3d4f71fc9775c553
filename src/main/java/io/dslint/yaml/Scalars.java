package io.dslint.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML 1.1 scalar resolution and construction (the dialect kubectl reads): which tag an untagged
 * scalar gets, and which value a core tag gives. The one definition both loading paths use, the
 * SnakeYAML composer path and {@link BlockYamlParser}, so that they cannot disagree about a
 * scalar ("yes", "0644", "1e3", ".inf", "~", timestamps, ...). Typing and the common values are
 * {@link Yaml11}'s (equal to SnakeYAML's, tested); SnakeYAML's own resolver and constructors are
 * built only when a document needs them, which a one-file lint of plain YAML never does.
 */
final class Scalars {
  private Scalars() {}

  /** The composer's resolver, for documents the fast path leaves to SnakeYAML. */
  static Resolver snakeYamlResolver() {
    return SnakeYaml.RESOLVER;
  }

  /** The tag of an untagged scalar: plain ones by their text, quoted ones are strings. */
  static Tag implicitTag(String text, boolean plain) {
    return Yaml11.resolve(text, plain);
  }

  /** Whether {@link #value} knows the tag; any other tag is refused by the loader. */
  static boolean isCoreTag(Tag tag) {
    return tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP) || tag.equals(Tag.BINARY) || tag.equals(Tag.NULL)
        || tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT);
  }

  /**
   * The value of a scalar with a core tag: a String, Long, BigInteger, Double, Boolean or null.
   *
   * @throws RuntimeException when {@code text} is not valid for a bool, int or float tag
   */
  static Object value(Tag tag, String text) {
    if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP) || tag.equals(Tag.BINARY)) {
      // Timestamps and binary stay text: the API server receives them as JSON strings.
      return text;
    }
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      Object simple = Yaml11.simpleValue(tag, text);
      if (simple != Yaml11.UNHANDLED) {
        return simple;
      }
      // SnakeYAML's constructors read only the node's text; the node is a carrier.
      Object v = SnakeYaml.CONSTRUCTORS.construct(tag, new org.yaml.snakeyaml.nodes.ScalarNode(tag, text, null, null,
          DumperOptions.ScalarStyle.PLAIN));
      if (v == null) {
        // SnakeYAML's bool constructor answers null for "!!bool maybe" instead of refusing it
        throw new IllegalArgumentException("not a " + tag);
      }
      return v instanceof Integer i ? Long.valueOf(i) : v;
    }
    throw new IllegalArgumentException("not a core scalar tag: " + tag);
  }

  /**
   * SnakeYAML's resolver and scalar constructors, built on first use: the resolver compiles nine
   * regular expressions and the constructors start java.util.logging.
   */
  private static final class SnakeYaml {
    static final Resolver RESOLVER = new Resolver();
    static final Constructors CONSTRUCTORS = new Constructors();
  }

  /** Access to SnakeYAML's YAML 1.1 scalar constructors (int, float, bool) only. */
  private static final class Constructors extends SafeConstructor {
    Constructors() {
      super(new LoaderOptions());
    }

    Object construct(Tag tag, org.yaml.snakeyaml.nodes.ScalarNode node) {
      return yamlConstructors.get(tag).construct(node);
    }
  }
}
