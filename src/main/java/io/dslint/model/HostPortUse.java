package io.dslint.model;

/**
 * A port a container binds on the node: an explicit {@code hostPort}, or, in a hostNetwork pod,
 * its containerPort (the API server defaults hostPort to it there). {@code explicit} says which.
 */
public record HostPortUse(Container container, ContainerPort port, long hostPort, boolean explicit) {}
