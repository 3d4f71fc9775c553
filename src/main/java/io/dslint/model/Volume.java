package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;

/**
 * A pod volume: its name, source kind (hostPath, configMap, …; the first one written), every
 * source key written (the API server allows exactly one), the hostPath if it is one, and for
 * configMap and secret volumes the referenced name and defaultMode.
 */
public record Volume(Pointer pointer, String name, String sourceType, HostPath hostPath,
    List<String> sources, Located<String> referencedName, Long defaultMode) {}
