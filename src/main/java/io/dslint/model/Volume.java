package io.dslint.model;

import io.dslint.yaml.Pointer;

import java.util.List;

/**
 * A pod volume: its name, source kind (hostPath, configMap, …) and the hostPath if it is one.
 * {@code sources} lists every key beside {@code name} whose value is not null, in source order
 * (valid volumes have exactly one; none means the API server defaults it to an emptyDir).
 */
public record Volume(Pointer pointer, String name, String sourceType, HostPath hostPath,
    List<String> sources) {}
