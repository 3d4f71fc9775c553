package io.dslint.report;

import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.RunSummary;
import io.dslint.rules.Severity;
import io.dslint.source.InputError;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
 * diff ({@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message}); info maps to
 * notice. Values are escaped as the Actions runner expects. Suppressed and baseline findings
 * are left out.
 */
final class GithubReporter implements Reporter {
  private final Writer out;

  GithubReporter(ReportContext context) {
    this.out = context.out();
  }

  @Override
  public void results(FileResult result) throws IOException {
    for (InputError e : result.errors()) {
      if (e.line() == 0) {
        out.write("::error file=" + property(e.file()) + ",title=dslint::" + data(e.message()) + "\n");
      }
    }
    for (Finding f : result.activeFindings()) {
      out.write("::" + command(f.severity()) + " file=" + property(f.file())
          + ",line=" + f.range().startLine() + ",col=" + f.range().startColumn()
          + ",endLine=" + f.range().endLine() + ",endColumn=" + f.range().endColumn()
          + ",title=" + property(f.ruleId()) + "::" + data(f.fullMessage() + " [" + f.ruleId() + "]") + "\n");
    }
  }

  @Override
  public void end(RunSummary summary) throws IOException {
    out.flush();
  }

  private static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /**
   * Message text: %, CR and LF escaped as the runner expects; other control characters (which the
   * log viewer would interpret) as visible escapes.
   */
  static String data(String s) {
    return Printable.line(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /** Property values additionally escape ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
