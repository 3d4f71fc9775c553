package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.List;

/** One envFrom entry: its prefix and which sources it names (configMapRef, secretRef). */
public record EnvFromSource(Pointer pointer, String prefix, List<String> sources) {}
