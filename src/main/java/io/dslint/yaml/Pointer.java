package io.dslint.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An RFC 6901 JSON pointer, immutable. Built by appending to a parent, so the model can hand
 * every record its own pointer without copying segment lists.
 */
public final class Pointer implements Comparable<Pointer> {
  public static final Pointer ROOT = new Pointer(null, null, 0);

  private final Pointer parent;
  private final String segment;
  private final int depth;

  private Pointer(Pointer parent, String segment, int depth) {
    this.parent = parent;
    this.segment = segment;
    this.depth = depth;
  }

  /** One segment; the common case, without the varargs array. */
  public Pointer append(String segment) {
    return new Pointer(this, segment, depth + 1);
  }

  public Pointer append(String... segments) {
    Pointer p = this;
    for (String s : segments) {
      p = new Pointer(p, s, p.depth + 1);
    }
    return p;
  }

  public Pointer append(int index) {
    return new Pointer(this, Integer.toString(index), depth + 1);
  }

  public Pointer parent() {
    return parent == null ? this : parent;
  }

  public String last() {
    return segment;
  }

  public int depth() {
    return depth;
  }

  public boolean isRoot() {
    return parent == null;
  }

  public List<String> segments() {
    List<String> out = new ArrayList<>(depth);
    for (Pointer p = this; p.parent != null; p = p.parent) {
      out.add(p.segment);
    }
    Collections.reverse(out);
    return out;
  }

  public boolean startsWith(Pointer prefix) {
    Pointer p = this;
    while (p.depth > prefix.depth) {
      p = p.parent;
    }
    return p.equals(prefix);
  }

  /** Parses "/a/b~1c/0" into segments; "" is the root. */
  public static Pointer parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("JSON pointer must start with '/': " + text);
    }
    Pointer p = ROOT;
    for (String raw : text.substring(1).split("/", -1)) {
      p = p.append(raw.replace("~1", "/").replace("~0", "~"));
    }
    return p;
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String s : segments()) {
      sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Pointer other) || other.depth != depth) {
      return false;
    }
    Pointer a = this;
    Pointer b = other;
    while (a.parent != null) {
      if (!a.segment.equals(b.segment)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Pointer p = this; p.parent != null; p = p.parent) {
      h = 31 * h + p.segment.hashCode();
    }
    return h;
  }

  @Override
  public int compareTo(Pointer o) {
    return toString().compareTo(o.toString());
  }
}
