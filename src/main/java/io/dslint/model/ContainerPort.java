package io.dslint.model;

import io.dslint.yaml.Pointer;

/** One entry of a container's ports. */
public record ContainerPort(Pointer pointer, String name, Long containerPort, Long hostPort,
    String protocol, String hostIP) {}
