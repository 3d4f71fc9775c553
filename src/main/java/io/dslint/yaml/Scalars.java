package io.dslint.yaml;

import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML 1.1 scalar resolution and construction (the dialect kubectl reads): which tag an untagged
 * scalar gets, and which value a core tag gives. The one definition both loading paths use, the
 * SnakeYAML composer path and {@link BlockYamlParser}, so that they cannot disagree about a
 * scalar ("yes", "0644", "1e3", ".inf", "~", timestamps, ...).
 */
final class Scalars {
  /** Also the composer's resolver: the composer tags scalars with it. */
  static final Resolver RESOLVER = new Resolver();
  private static final Constructors CONSTRUCTORS = new Constructors();

  private Scalars() {}

  /** Short plain texts already resolved; manifests repeat their keys and many values. */
  private static final ConcurrentHashMap<String, Tag> RESOLVED = new ConcurrentHashMap<>();
  private static final int MAX_RESOLVED = 8192;
  private static final int MAX_RESOLVED_CHARS = 40;

  /** The tag of an untagged scalar: plain ones by their text, quoted ones are strings. */
  static Tag implicitTag(String text, boolean plain) {
    return RESOLVER.resolve(NodeId.scalar, text, plain);
  }

  /**
   * {@link #implicitTag} remembered for short texts: the resolver's regular expressions are the
   * largest cost of a fast load. The answer depends on the text only, so remembering it changes
   * nothing; the memory is bounded (no more entries once full).
   */
  static Tag implicitTagRemembered(String text, boolean plain) {
    if (!plain || text.length() > MAX_RESOLVED_CHARS) {
      return implicitTag(text, plain);
    }
    Tag tag = RESOLVED.get(text);
    if (tag == null) {
      tag = implicitTag(text, true);
      if (RESOLVED.size() < MAX_RESOLVED) {
        RESOLVED.put(text, tag);
      }
    }
    return tag;
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
      // SnakeYAML's constructors read only the node's text; the node is a carrier.
      Object v = CONSTRUCTORS.construct(tag, new org.yaml.snakeyaml.nodes.ScalarNode(tag, text, null, null,
          DumperOptions.ScalarStyle.PLAIN));
      return v instanceof Integer i ? Long.valueOf(i) : v;
    }
    throw new IllegalArgumentException("not a core scalar tag: " + tag);
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
