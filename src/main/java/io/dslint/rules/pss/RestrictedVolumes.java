package io.dslint.rules.pss;

import io.dslint.model.Volume;
import java.util.Set;

/**
 * restrictedVolumes (restricted, v1.0+, overrides hostPathVolumes): volumes may only be of the
 * types a pod can use without node or storage-backend privileges: configMap, csi, downwardAPI,
 * emptyDir, ephemeral, persistentVolumeClaim, projected, secret, and image (allowed by the
 * admission controller of Kubernetes 1.33 and later, at every policy version). A volume without
 * any source is defaulted to an emptyDir by the API server, so it passes.
 */
final class RestrictedVolumes {
  /** Every volume source of core/v1 VolumeSource; keys outside it are not sources. */
  static final Set<String> SOURCES = Set.of("hostPath", "emptyDir", "gcePersistentDisk",
      "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi", "glusterfs", "persistentVolumeClaim",
      "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc", "azureFile", "configMap",
      "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected", "portworxVolume",
      "scaleIO", "storageos", "csi", "ephemeral", "image");

  static final Set<String> ALLOWED = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
      "persistentVolumeClaim", "projected", "secret");

  /** The first Kubernetes minor whose admission controller allows image volumes under restricted. */
  static final int IMAGE_ALLOWED_SINCE = 33;

  static final PssCheck CHECK = PssCheck.builder("restrictedVolumes", PssLevel.RESTRICTED)
      .since(0, RestrictedVolumes::v1_0, HostPathVolumes.ID)
      .build();

  private RestrictedVolumes() {}

  private static void v1_0(Subject pod, PssCheck.Sink out) {
    boolean imageAllowed = pod.cluster().atLeast(IMAGE_ALLOWED_SINCE);
    for (Volume v : pod.spec().volumes()) {
      String restricted = null;
      boolean allowed = false;
      for (String source : v.sources()) {
        if (ALLOWED.contains(source) || source.equals("image") && imageAllowed) {
          allowed = true;
        } else if (SOURCES.contains(source) && restricted == null) {
          restricted = source;
        }
      }
      if (!allowed && restricted != null) {
        String why = restricted.equals("image")
            ? " (restricted allows image volumes from Kubernetes 1." + IMAGE_ALLOWED_SINCE + ")" : "";
        out.violation(v.pointer().append(restricted), "volume \"" + v.name() + "\" is a " + restricted
            + " volume, a type restricted does not allow" + why);
      }
    }
  }
}
