package io.dslint.rules;

import java.util.List;

/**
 * A rule's metadata, read from the front matter of {@code rules/<id>.md}; {@code doc} is the
 * Markdown after it (why, bad and good YAML, the fix). A custom rule (see rules.custom) gets its
 * metadata from its rule file: {@code helpUri} is then the one the file gives (or null) and
 * {@code definedIn} names the file and line; built-in rules have their doc's URI and no
 * {@code definedIn}.
 */
public record RuleMeta(String id, Severity severity, String category, String title,
    String remediation, List<String> references, boolean enabledByDefault, String securitySeverity,
    RuleText body, String helpUri, String definedIn) {

  /** A built-in rule: its doc in this repository is its help. */
  public RuleMeta(String id, Severity severity, String category, String title,
      String remediation, List<String> references, boolean enabledByDefault, String securitySeverity,
      RuleText body) {
    this(id, severity, category, title, remediation, references, enabledByDefault, securitySeverity, body,
        io.dslint.Project.ruleDocUri(id), null);
  }

  /** The Markdown after the front matter (why, bad and good YAML, the fix). */
  public String doc() {
    return body.text();
  }

  public boolean custom() {
    return definedIn != null;
  }
}
