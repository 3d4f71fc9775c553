package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;

/** securityContext.capabilities: each listed name with its own pointer. */
public record Capabilities(Pointer pointer, boolean present, List<Located<String>> add,
    List<Located<String>> drop) {

  public boolean drops(String capability) {
    return drop.stream().anyMatch(c -> c.value().equalsIgnoreCase(capability));
  }
}
