package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.Map;

/**
 * One env entry: a literal {@code value} (null when absent) and/or a valueFrom source.
 * {@code valueFrom} maps each source written under valueFrom (fieldRef, secretKeyRef …) to its
 * scalar fields as text (fieldPath, key, resource …), in source order.
 */
public record EnvVar(Pointer pointer, String name, String value, boolean hasValueFrom,
    Map<String, Map<String, String>> valueFrom) {}
