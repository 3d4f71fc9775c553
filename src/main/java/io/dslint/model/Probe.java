package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;

/**
 * A probe or lifecycle handler: which handler kinds it sets (exec, httpGet, tcpSocket, grpc,
 * sleep), the host it targets if any, and its timings as written (null when unset).
 */
public record Probe(Pointer pointer, List<String> handlers, Located<String> host,
    Long initialDelaySeconds, Long periodSeconds, Long timeoutSeconds, Long successThreshold,
    Long failureThreshold, Handler handler, Long terminationGracePeriodSeconds) {

  /**
   * The first handler's details: its port (httpGet, tcpSocket: number or name; grpc: number),
   * the httpGet scheme, and for exec the number of command words; fields not set are null.
   */
  public record Handler(Pointer pointer, String kind, IntOrString port, String scheme, Integer commandWords) {}
}
