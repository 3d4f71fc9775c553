package io.dslint.rules;

import java.util.List;

/**
 * A rule's metadata, read from the front matter of {@code rules/<id>.md}; {@code doc} is the
 * Markdown after it (why, bad and good YAML, the fix).
 */
public record RuleMeta(String id, Severity severity, String category, String title,
    String remediation, List<String> references, boolean enabledByDefault, String securitySeverity,
    String doc) {

  public String helpUri() {
    return io.dslint.Project.ruleDocUri(id);
  }
}
