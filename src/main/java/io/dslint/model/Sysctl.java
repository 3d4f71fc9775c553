package io.dslint.model;

import io.dslint.yaml.Pointer;

/** One pod-level sysctl. */
public record Sysctl(Pointer pointer, String name, String value) {}
