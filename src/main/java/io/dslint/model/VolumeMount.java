package io.dslint.model;

import io.dslint.yaml.Pointer;

/** One volumeMounts entry. */
public record VolumeMount(Pointer pointer, String name, String mountPath, boolean readOnly,
    String subPath, String mountPropagation, String subPathExpr) {}
