package io.dslint.model;

import io.dslint.yaml.Pointer;

/** spec.template of a workload. */
public record PodTemplate(Pointer pointer, boolean present, ObjectMeta metadata, PodSpec spec) {}
