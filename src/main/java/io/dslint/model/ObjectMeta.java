package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.Map;

/** metadata of an object or of a pod template. */
public record ObjectMeta(Pointer pointer, boolean present, String name, String generateName,
    String namespace, Map<String, String> labels, Map<String, String> annotations) {}
