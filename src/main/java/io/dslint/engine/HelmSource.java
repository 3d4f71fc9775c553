package io.dslint.engine;

import java.util.List;

/**
 * The template a rendered document came from: `helm template` writes "# Source: CHART/PATH" as
 * the first comment of every document. Findings keep their line in the rendered stream and
 * name this file as their origin.
 */
final class HelmSource {
  private static final String MARKER = "# Source: ";

  private HelmSource() {}

  /** The path after the first "# Source:" comment before the document's content, or null. */
  static String of(List<String> lines) {
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty() || t.equals("---") || t.startsWith("%")) {
        continue;
      }
      if (t.startsWith(MARKER)) {
        String path = t.substring(MARKER.length()).strip();
        return path.isEmpty() ? null : path;
      }
      if (!t.startsWith("#")) {
        return null;
      }
    }
    return null;
  }
}
