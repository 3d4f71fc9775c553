package io.dslint.model;

import io.dslint.yaml.Pointer;

/** A pod volume: its name, source kind (hostPath, configMap, …) and the hostPath if it is one. */
public record Volume(Pointer pointer, String name, String sourceType, HostPath hostPath) {}
