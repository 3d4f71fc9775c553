package io.dslint.config;

import io.dslint.rules.Severity;
import io.dslint.yaml.Range;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code .dslint.yaml}: every key as written, null (or empty) when absent. Paths are as
 * written; {@code dir} is the directory they are relative to. Positions are kept where later
 * checks need them (rule ids are checked once custom rules are loaded). {@link #NONE} stands for
 * "no configuration file".
 */
public record ConfigFile(String file, Path dir, String kubernetesVersion, Boolean strict, String failOn,
    String pssLevel, String pssVersion, List<String> schemaLocations, Boolean noSuppressions,
    String baseline, List<String> exclude, List<String> customRules, Map<String, RuleSettings> rules,
    List<SuppressionEntry> suppressions) {

  public static final ConfigFile NONE = new ConfigFile(null, null, null, null, null, null, null, List.of(),
      null, null, List.of(), List.of(), Map.of(), List.of());

  /** The settings of one rule; {@code at} is its key in the file. */
  public record RuleSettings(Boolean enabled, Severity severity, Map<String, List<String>> parameters,
      Range at) {}

  /**
   * One suppression as written; {@code at} is its start, {@code ruleRanges} the position of each
   * rule id (parallel to {@code rules}).
   */
  public record SuppressionEntry(List<String> rules, String kind, String namespace, String name,
      List<String> containers, String reason, Range at, List<Range> ruleRanges) {}
}
