package io.dslint.source;

import java.util.List;

/**
 * The raw text of one YAML document of a file: its lines, the file line of the first one, and
 * whether it was too large to keep (then {@code lines} is empty).
 */
public record DocumentText(int firstLine, List<String> lines, boolean oversized) {
  public String text() {
    return String.join("\n", lines);
  }
}
