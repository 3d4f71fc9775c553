package io.dslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.RunSummary;
import io.dslint.source.InputError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The json format of CONTRACT.md: findings streamed as files arrive, then input errors and the
 * summary.
 */
final class JsonReporter implements Reporter {
  private final ReportContext context;
  private final List<InputError> errors = new ArrayList<>();
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
      JsonOutput.finding(g, f);
    }
    errors.addAll(result.errors());
  }

  @Override
  public void end(RunSummary s) throws IOException {
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    for (InputError e : errors) {
      JsonOutput.error(g, e);
    }
    g.writeEndArray();
    g.writeFieldName("summary");
    JsonOutput.write(g, JsonOutput.summary(s));
    g.writeEndObject();
    g.flush();
    context.out().write("\n");
    context.out().flush();
  }
}
