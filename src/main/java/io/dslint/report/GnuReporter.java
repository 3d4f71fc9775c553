package io.dslint.report;

import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.RunSummary;
import io.dslint.source.InputError;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE-ID]}, one line per finding, for editors, IDE
 * external tools and CI log parsers. An input that could not be opened at all has no position
 * and is written as {@code PATH: error: MESSAGE}. Suppressed and baseline findings are left out.
 */
final class GnuReporter implements Reporter {
  private final Writer out;

  GnuReporter(ReportContext context) {
    this.out = context.out();
  }

  @Override
  public void results(FileResult result) throws IOException {
    for (InputError e : result.errors()) {
      if (e.line() == 0) {
        out.write(Printable.line(e.file()) + ": error: " + Printable.line(e.message()) + "\n");
      }
    }
    for (Finding f : result.activeFindings()) {
      out.write(Printable.line(f.file()) + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + ": "
          + oneLine(f.fullMessage()) + " [" + f.ruleId() + "]\n");
    }
  }

  @Override
  public void end(RunSummary summary) throws IOException {
    out.flush();
  }

  /** One line of plain text: line breaks become spaces, other control characters escapes. */
  static String oneLine(String message) {
    return Printable.line(message.replace('\n', ' ').replace('\r', ' '));
  }
}
