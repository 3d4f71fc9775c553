package io.dslint.report;

import io.dslint.engine.FileResult;
import io.dslint.engine.Finding;
import io.dslint.engine.PodSecurityResult;
import io.dslint.engine.RunSummary;
import io.dslint.rules.Severity;
import io.dslint.source.InputError;
import java.io.IOException;
import java.io.Writer;

/**
 * The default, human format: findings grouped by file, each with the offending source line and
 * a marker under the reported span; a summary at the end, which counts the suppressed and
 * baseline findings that are not shown. Colour only when asked (a terminal
 * without NO_COLOR).
 */
final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final int MAX_SHOWN_LINE = 160;

  private final Writer out;
  private final boolean color;
  private final boolean quiet;
  /** The current file: whether its name was written, whether it had an active finding. */
  private boolean headed;
  private boolean anyFinding;
  /** The current file's Pod Security verdicts, written when the file ends. */
  private final java.util.List<PodSecurityResult> verdicts = new java.util.ArrayList<>();

  TextReporter(ReportContext context) {
    this.out = context.out();
    this.color = context.color();
    this.quiet = context.quiet();
  }

  @Override
  public void beginFile(String file) {
    headed = false;
    anyFinding = false;
    verdicts.clear();
  }

  /** Writes the part's findings at once, under the file's name (written before the first). */
  @Override
  public void results(FileResult part) throws IOException {
    java.util.List<Finding> findings = part.activeFindings();
    boolean openErrors = part.errors().stream().anyMatch(e -> e.line() == 0);
    verdicts.addAll(part.podSecurity());
    if (findings.isEmpty() && !openErrors) {
      return;
    }
    anyFinding |= !findings.isEmpty();
    head(part.file());
    for (InputError e : part.errors()) {
      if (e.line() == 0) {
        out.write("  " + paint(RED, "error") + "  " + Printable.line(e.message()) + "\n");
      }
    }
    for (Finding f : findings) {
      out.write(position(f) + "  " + severity(f.severity()) + "  " + Printable.line(f.fullMessage()) + "  "
          + paint(DIM, "[" + f.ruleId() + "]") + System.lineSeparator());
      writeSource(f);
    }
  }

  /** The verdicts follow the file's findings; quiet shows them only beside findings. */
  @Override
  public void endFile(String file) throws IOException {
    if (!verdicts.isEmpty() && !(quiet && !anyFinding)) {
      head(file);
      for (PodSecurityResult p : verdicts) {
        out.write("  " + paint(BOLD, Printable.line(PodSecurityOutput.sentence(p))) + "\n");
      }
    }
    verdicts.clear();
    if (headed) {
      out.write("\n");
    }
  }

  private void head(String file) throws IOException {
    if (!headed) {
      headed = true;
      out.write(paint(BOLD, Printable.line(file)) + "\n");
    }
  }

  private void writeSource(Finding f) throws IOException {
    String line = f.sourceLine();
    if (line == null || line.isBlank() || line.length() > MAX_SHOWN_LINE) {
      return;
    }
    String number = Integer.toString(f.line());
    out.write("    " + paint(DIM, number + " |") + " " + Printable.line(line) + "\n");
    int start = Math.max(1, f.column());
    int end = f.range().endLine() == f.line() ? f.range().endColumn() : line.length() + 1;
    end = Math.min(Math.max(end, start + 1), line.length() + 1);
    StringBuilder marker = new StringBuilder();
    for (int i = 1; i < start; i++) {
      char c = i - 1 < line.length() ? line.charAt(i - 1) : ' ';
      marker.append(c == '\t' ? "\t" : " ".repeat(Printable.width(c)));
    }
    int carets = 0;
    for (int i = start; i < end; i++) {
      carets += i - 1 < line.length() ? Printable.width(line.charAt(i - 1)) : 1;
    }
    marker.append("^".repeat(Math.max(1, carets)));
    out.write("    " + " ".repeat(number.length()) + paint(DIM, " |") + " " + paint(colorOf(f.severity()),
        marker.toString()) + "\n");
  }

  /**
   * "  LINE:COLUMN" as String.format("  %d:%d") writes it in the default locale; concatenated
   * where that locale writes ASCII digits, because a Formatter per finding was the larger part of
   * writing one.
   */
  private static String position(Finding f) {
    return ASCII_DIGITS ? "  " + f.line() + ":" + f.column() : String.format("  %d:%d", f.line(), f.column());
  }

  private static final boolean ASCII_DIGITS =
      java.text.DecimalFormatSymbols.getInstance(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
          .getZeroDigit() == '0';

  /** The severity padded to 7 characters, as "%-7s". */
  private String severity(Severity s) {
    String id = s.id();
    return paint(colorOf(s), id.length() >= 7 ? id : id + " ".repeat(7 - id.length()));
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> CYAN;
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  @Override
  public void end(RunSummary s) throws IOException {
    if (quiet && s.totalFindings() == 0 && s.errors() == 0) {
      out.flush();
      return;
    }
    int total = s.totalFindings();
    String problems = total == 0 ? "no problems"
        : String.format("%d %s (%d %s, %d %s, %d info)", total, plural(total, "problem"),
            s.findings(Severity.ERROR), plural(s.findings(Severity.ERROR), "error"),
            s.findings(Severity.WARNING), plural(s.findings(Severity.WARNING), "warning"),
            s.findings(Severity.INFO));
    StringBuilder line = new StringBuilder(paint(total == 0 ? BOLD : BOLD + RED, problems));
    line.append(String.format(" in %d %s: %d %s, %d %s", s.files(), plural(s.files(), "file"),
        s.daemonSets(), s.daemonSets() == 1 ? "DaemonSet" : "DaemonSets", s.objects(),
        plural(s.objects(), "object")));
    if (s.nonKubernetesDocuments() > 0) {
      line.append(String.format(", %d non-Kubernetes %s skipped", s.nonKubernetesDocuments(),
          plural(s.nonKubernetesDocuments(), "document")));
    }
    if (s.suppressed() > 0 || s.baselined() > 0) {
      line.append("; ");
      if (s.suppressed() > 0) {
        line.append(s.suppressed()).append(" suppressed");
      }
      if (s.baselined() > 0) {
        line.append(s.suppressed() > 0 ? ", " : "").append(s.baselined()).append(" in the baseline");
      }
    }
    if (s.errors() > 0) {
      line.append(String.format("; %d %s could not be read or parsed", s.errors(),
          s.errors() == 1 ? "input" : "inputs"));
    }
    out.write(line + "\n");
    if (s.podSecurityVerdicts() > 0) {
      out.write(PodSecurityOutput.summary(s) + "\n");
    }
    out.flush();
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }
}
