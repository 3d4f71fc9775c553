package io.dslint.model;

import io.dslint.yaml.Pointer;

/** One env entry: a literal {@code value} (null when absent) and/or a valueFrom source. */
public record EnvVar(Pointer pointer, String name, String value, boolean hasValueFrom) {}
