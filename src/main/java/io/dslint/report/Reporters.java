package io.dslint.report;

import java.util.List;

/** The output formats by name; each reporter class loads only when its format is used. */
public final class Reporters {
  public static final List<String> FORMATS =
      List.of("text", "gnu", "json", "sarif", "junit", "github", "codeclimate");

  private Reporters() {}

  public static Reporter create(String format, ReportContext context) {
    return switch (format) {
      case "text" -> new TextReporter(context);
      case "gnu" -> new GnuReporter(context);
      case "json" -> new JsonReporter(context);
      case "sarif" -> new SarifReporter(context);
      case "junit" -> new JunitReporter(context);
      case "github" -> new GithubReporter(context);
      case "codeclimate" -> new CodeClimateReporter(context);
      default -> throw new IllegalArgumentException("unknown format \"" + format + "\" (use "
          + String.join(", ", FORMATS) + ")");
    };
  }
}
