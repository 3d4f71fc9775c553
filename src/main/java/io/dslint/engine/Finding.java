package io.dslint.engine;

import io.dslint.rules.Severity;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.Range;
import java.util.Map;

/**
 * One problem at one place. {@code sourceLine} is the text of the start line, kept so reporters
 * can show it without reading the file again.
 */
public record Finding(String ruleId, Severity severity, String message, String file, Range range,
    Pointer pointer, ObjectRef object, String sourceLine, Map<String, String> properties) {

  public int line() {
    return range.startLine();
  }

  public int column() {
    return range.startColumn();
  }
}
