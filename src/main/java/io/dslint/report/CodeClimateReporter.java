package io.dslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.RunSummary;
import io.dslint.rules.Severity;
import java.io.IOException;

/**
 * GitLab Code Quality (the Code Climate issue format): a JSON array of issues with a check
 * name, description, severity, location and the same line-independent fingerprint as SARIF, so
 * that GitLab recognises a finding across commits. Suppressed and baseline findings are left out.
 */
final class CodeClimateReporter implements Reporter {
  private final ReportContext context;
  private JsonGenerator g;

  CodeClimateReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public void begin() throws IOException {
    g = JsonOutput.generator(context.out());
    g.writeStartArray();
  }

  @Override
  public void results(FileResult result) throws IOException {
    for (Finding f : result.activeFindings()) {
      g.writeStartObject();
      g.writeStringField("type", "issue");
      g.writeStringField("check_name", f.ruleId());
      g.writeStringField("description", f.fullMessage());
      g.writeArrayFieldStart("categories");
      g.writeString(category(f.ruleId()));
      g.writeEndArray();
      g.writeStringField("severity", severity(f.severity()));
      g.writeStringField("fingerprint", f.fingerprint());
      g.writeObjectFieldStart("location");
      g.writeStringField("path", f.file());
      g.writeObjectFieldStart("positions");
      g.writeObjectFieldStart("begin");
      g.writeNumberField("line", f.range().startLine());
      g.writeNumberField("column", f.range().startColumn());
      g.writeEndObject();
      g.writeObjectFieldStart("end");
      g.writeNumberField("line", f.range().endLine());
      g.writeNumberField("column", f.range().endColumn());
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  /** Code Climate's fixed category names: security rules are Security, the rest Bug Risk. */
  private String category(String ruleId) {
    var meta = context.catalog().get(ruleId);
    return meta != null && meta.securitySeverity() != null ? "Security" : "Bug Risk";
  }

  private static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "critical";
      case WARNING -> "major";
      case INFO -> "info";
    };
  }

  @Override
  public void end(RunSummary summary) throws IOException {
    g.writeEndArray();
    g.flush();
    context.out().write("\n");
    context.out().flush();
  }
}
