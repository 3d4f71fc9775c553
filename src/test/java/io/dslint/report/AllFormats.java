package io.dslint.report;

import io.dslint.engine.LintConfig;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reporter per output format, each writing into its own buffer: what the determinism tests
 * and the reporters fuzz target render a run into and compare.
 */
public final class AllFormats {
  private final Map<String, StringWriter> outs = new LinkedHashMap<>();
  private final List<Reporter> reporters = new ArrayList<>();

  public AllFormats(LintConfig config, String version) {
    for (String format : Reporters.FORMATS) {
      StringWriter w = new StringWriter();
      outs.put(format, w);
      reporters.add(Reporters.create(format, new ReportContext(w, config.catalog(), config.enabledRuleIds(),
          version, false, false, config.evaluatesPodSecurity())));
    }
  }

  public List<Reporter> reporters() {
    return reporters;
  }

  /** What each format wrote, by format name. */
  public Map<String, String> rendered() {
    Map<String, String> rendered = new LinkedHashMap<>();
    outs.forEach((k, v) -> rendered.put(k, v.toString()));
    return rendered;
  }
}
