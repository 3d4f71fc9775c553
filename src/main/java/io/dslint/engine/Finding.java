package io.dslint.engine;

import io.dslint.rules.Severity;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.Range;
import java.util.Map;

/**
 * One problem at one place. {@code sourceLine} is the text of the start line, kept so reporters
 * can show it without reading the file again. {@code origin} names the file the document was
 * rendered from (Helm's "# Source:" comment), or is null. {@code value} is the scalar at the
 * pointer as written (null when the pointer names something absent or a collection); it is part
 * of the finding's {@link Fingerprint}. {@code suppression} says why the finding is not active
 * (an inline or configured suppression, or a baseline), or is null.
 */
public record Finding(String ruleId, Severity severity, String message, String file, Range range,
    Pointer pointer, ObjectRef object, String sourceLine, Map<String, String> properties,
    String origin, String value, Suppression suppression) {

  public Finding(String ruleId, Severity severity, String message, String file, Range range,
      Pointer pointer, ObjectRef object, String sourceLine, Map<String, String> properties,
      String origin) {
    this(ruleId, severity, message, file, range, pointer, object, sourceLine, properties, origin, null, null);
  }

  public Finding(String ruleId, Severity severity, String message, String file, Range range,
      Pointer pointer, ObjectRef object, String sourceLine, Map<String, String> properties) {
    this(ruleId, severity, message, file, range, pointer, object, sourceLine, properties, null);
  }

  /** The message, naming the template it was rendered from when known. */
  public String fullMessage() {
    return origin == null ? message : message + " (rendered from " + origin + ")";
  }

  public int line() {
    return range.startLine();
  }

  public int column() {
    return range.startColumn();
  }

  /** Whether the finding counts: not suppressed and not in the baseline. */
  public boolean active() {
    return suppression == null;
  }

  public boolean suppressed() {
    return suppression != null;
  }

  public Finding withSuppression(Suppression s) {
    return new Finding(ruleId, severity, message, file, range, pointer, object, sourceLine, properties,
        origin, value, s);
  }

  /** The line-independent identity of this finding (see {@link Fingerprint}). */
  public String fingerprint() {
    return Fingerprint.of(this);
  }
}
