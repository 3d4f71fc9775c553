package io.dslint.model;

/** A volumeMounts entry together with the container it belongs to. */
public record ContainerMount(Container container, VolumeMount mount) {}
