package io.dslint.yaml;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mapping; keys are strings as the API server's JSON decoding sees them, in source order. */
public final class MapNode implements Node {
  /** A key with its own range (where findings about that field point) and its value. */
  public record Entry(String key, Range keyRange, Node value) {
    /**
     * From the key to the end of a scalar value, or to the end of the key for collections and
     * for a value written elsewhere (an alias of a scalar anchored before the key: a range from
     * the key to it would end before it starts).
     */
    public Range range() {
      if (value instanceof ScalarNode) {
        Range v = value.range();
        boolean after = v.startLine() > keyRange.startLine()
            || (v.startLine() == keyRange.startLine() && v.startColumn() >= keyRange.startColumn());
        if (after) {
          return keyRange.to(v);
        }
      }
      return keyRange;
    }
  }

  private final Range range;
  private final Map<String, Entry> entries;

  public MapNode(Range range, LinkedHashMap<String, Entry> entries) {
    this.range = range;
    this.entries = Collections.unmodifiableMap(entries);
  }

  @Override
  public Range range() {
    return range;
  }

  public Node get(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  public Entry entry(String key) {
    return entries.get(key);
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Collection<Entry> entries() {
    return entries.values();
  }

  public int size() {
    return entries.size();
  }

  /** The string value of a key, or null when absent or not a string. */
  public String string(String key) {
    return get(key) instanceof ScalarNode s && s.value() instanceof String str ? str : null;
  }
}
