package io.dslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.ObjectRef;
import io.dslint.engine.PodSecurityResult;
import io.dslint.engine.RunSummary;
import io.dslint.engine.Suppression;
import io.dslint.rules.Severity;
import io.dslint.source.InputError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The json format of CONTRACT.md: findings streamed as files arrive, then input errors and the
 * summary. Suppressed and baseline findings are included with {@code "suppressed": true} and a
 * {@code "suppression"} object (kind comment, annotation, config or baseline; the reason; where
 * the suppression is); every finding has its {@code "fingerprint"}, which --baseline matches.
 */
final class JsonReporter implements Reporter {
  private final ReportContext context;
  private final List<InputError> errors = new ArrayList<>();
  private final List<Map<String, Object>> podSecurity = new ArrayList<>();
  private JsonGenerator g;

  JsonReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public void begin() throws IOException {
    g = JsonOutput.generator(context.out());
    g.writeStartObject();
    g.writeStringField("version", context.toolVersion());
    g.writeArrayFieldStart("findings");
  }

  @Override
  public void file(FileResult result) throws IOException {
    for (Finding f : result.findings()) {
      writeFinding(f);
    }
    errors.addAll(result.errors());
    for (PodSecurityResult p : result.podSecurity()) {
      Map<String, Object> entry = new java.util.LinkedHashMap<>();
      entry.put("file", p.file());
      entry.put("line", p.range().startLine());
      entry.put("column", p.range().startColumn());
      entry.put("object", PodSecurityOutput.object(p.object()));
      entry.putAll(PodSecurityOutput.entry(p, null));
      podSecurity.add(entry);
    }
  }

  private void writeFinding(Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("severity", f.severity().id());
    g.writeStringField("message", f.message());
    g.writeStringField("file", f.file());
    g.writeNumberField("line", f.range().startLine());
    g.writeNumberField("column", f.range().startColumn());
    g.writeNumberField("endLine", f.range().endLine());
    g.writeNumberField("endColumn", f.range().endColumn());
    g.writeStringField("pointer", f.pointer().toString());
    if (f.origin() != null) {
      g.writeStringField("origin", f.origin());
    }
    ObjectRef o = f.object();
    g.writeObjectFieldStart("object");
    g.writeStringField("apiVersion", o.apiVersion());
    g.writeStringField("kind", o.kind());
    g.writeStringField("namespace", o.namespace());
    g.writeStringField("name", o.name());
    g.writeNumberField("document", o.document());
    g.writeEndObject();
    if (!f.properties().isEmpty()) {
      g.writeFieldName("properties");
      JsonOutput.write(g, f.properties());
    }
    g.writeStringField("fingerprint", f.fingerprint());
    g.writeBooleanField("suppressed", f.suppressed());
    Suppression s = f.suppression();
    if (s != null) {
      g.writeObjectFieldStart("suppression");
      g.writeStringField("kind", s.kind().id());
      g.writeStringField("reason", s.reason());
      if (s.file() != null) {
        g.writeStringField("file", s.file());
        g.writeNumberField("line", s.range().startLine());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  @Override
  public void end(RunSummary s) throws IOException {
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    for (InputError e : errors) {
      g.writeStartObject();
      g.writeStringField("file", e.file());
      g.writeNumberField("line", e.line());
      g.writeNumberField("column", e.column());
      g.writeStringField("message", e.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (context.podSecurity()) {
      g.writeFieldName("podSecurity");
      JsonOutput.write(g, podSecurity);
    }
    g.writeFieldName("summary");
    Map<String, Object> summary = summary(s);
    if (context.podSecurity()) {
      summary.put("podSecurity", PodSecurityOutput.counts(s));
    }
    JsonOutput.write(g, summary);
    g.writeEndObject();
    g.flush();
    context.out().write("\n");
    context.out().flush();
  }

  /** The summary object; callers may add to it. */
  static Map<String, Object> summary(RunSummary s) {
    Map<String, Object> findings = new java.util.LinkedHashMap<>();
    for (Severity sev : Severity.values()) {
      findings.put(sev.id(), s.findings(sev));
    }
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("files", s.files());
    m.put("documents", s.documents());
    m.put("objects", s.objects());
    m.put("daemonSets", s.daemonSets());
    m.put("nonKubernetesDocuments", s.nonKubernetesDocuments());
    m.put("inputErrors", s.errors());
    m.put("findings", findings);
    m.put("suppressed", s.suppressed());
    m.put("baseline", s.baselined());
    return m;
  }
}
