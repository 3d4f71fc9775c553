package io.dslint.model;

import io.dslint.yaml.Pointer;

/** A container's lifecycle hooks; either may be null. */
public record Lifecycle(Pointer pointer, Probe postStart, Probe preStop) {}
