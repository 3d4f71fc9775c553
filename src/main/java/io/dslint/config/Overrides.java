package io.dslint.config;

import java.util.List;

/**
 * What the command line (or the Maven goal) sets over the configuration file; null or empty:
 * not given. {@code strict} and {@code schemaLocations} are for the schema options (--no-strict
 * gives false; --schema-location adds folders, relative to the working directory).
 */
public record Overrides(String kubernetesVersion, Boolean strict, List<String> schemaLocations,
    String failOn, String pssLevel, String pssVersion, boolean noSuppressions, String baseline,
    List<String> rulesDirs, List<String> enable, List<String> disable) {

  public static final Overrides NONE = new Overrides(null, null, List.of(), null, null, null, false, null,
      List.of(), List.of(), List.of());

  public Overrides {
    schemaLocations = schemaLocations == null ? List.of() : List.copyOf(schemaLocations);
    rulesDirs = rulesDirs == null ? List.of() : List.copyOf(rulesDirs);
    enable = enable == null ? List.of() : List.copyOf(enable);
    disable = disable == null ? List.of() : List.copyOf(disable);
  }
}
