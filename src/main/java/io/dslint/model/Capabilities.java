package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;
import java.util.Locale;

/** securityContext.capabilities: each listed name with its own pointer. */
public record Capabilities(Pointer pointer, boolean present, List<Located<String>> add,
    List<Located<String>> drop) {

  /**
   * A capability name as the runtimes compare it: upper case, without the "CAP_" prefix
   * ("cap_sys_admin", "CAP_SYS_ADMIN" and "sys_admin" are all "SYS_ADMIN"; "all" is "ALL").
   */
  public static String normalize(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    return n.startsWith("CAP_") ? n.substring(4) : n;
  }

  /** Whether drop lists this capability, in any spelling (see {@link #normalize}). */
  public boolean drops(String capability) {
    String wanted = normalize(capability);
    return drop.stream().anyMatch(c -> normalize(c.value()).equals(wanted));
  }

  /**
   * Whether drop contains "ALL" in any case, which the runtimes (containerd, CRI-O) read as
   * every capability. "CAP_ALL" is not that keyword: the runtimes would look for a capability
   * of that name.
   */
  public boolean dropsAll() {
    return drop.stream().anyMatch(c -> c.value().strip().equalsIgnoreCase("ALL"));
  }
}
