package io.dslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.PodSecurityResult;
import io.dslint.engine.RunSummary;
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
  public void results(FileResult result) throws IOException {
    for (Finding f : result.findings()) {
      JsonOutput.finding(g, f);
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

  @Override
  public void end(RunSummary s) throws IOException {
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    for (InputError e : errors) {
      JsonOutput.error(g, e);
    }
    g.writeEndArray();
    if (context.podSecurity()) {
      g.writeFieldName("podSecurity");
      JsonOutput.write(g, podSecurity);
    }
    g.writeFieldName("summary");
    Map<String, Object> summary = JsonOutput.summary(s);
    if (context.podSecurity()) {
      summary.put("podSecurity", PodSecurityOutput.counts(s));
    }
    JsonOutput.write(g, summary);
    g.writeEndObject();
    g.flush();
    context.out().write("\n");
    context.out().flush();
  }
}
