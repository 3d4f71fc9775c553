package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.Map;

/** resources.requests and resources.limits, quantities as written. */
public record Resources(Pointer pointer, boolean present, Map<String, Located<String>> requests,
    Map<String, Located<String>> limits) {

  /** The request the API server ends up with: the written one, or else the limit (defaulting). */
  public Located<String> effectiveRequest(String resource) {
    Located<String> r = requests.get(resource);
    return r != null ? r : limits.get(resource);
  }

  public Located<String> limit(String resource) {
    return limits.get(resource);
  }
}
