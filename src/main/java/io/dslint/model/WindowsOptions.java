package io.dslint.model;

import io.dslint.yaml.Pointer;

/** windowsOptions (hostProcess and the run-as user name). */
public record WindowsOptions(Pointer pointer, Boolean hostProcess, String runAsUserName) {}
