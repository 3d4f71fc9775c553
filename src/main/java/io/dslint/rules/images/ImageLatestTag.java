package io.dslint.rules.images;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.Image;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/**
 * An image without a tag or with the tag latest (any letter case), and without a digest. A
 * registry's port is not a tag ("registry:5000/agent" has none); a digest pins the image, so
 * "agent:latest@sha256:…" is not reported here.
 */
public final class ImageLatestTag implements Rule {
  @Override
  public String id() {
    return "image-latest-tag";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().allContainers()) {
      Image image = c.image();
      if (image == null || image.isEmpty() || !image.floatsOnLatest()) {
        continue;
      }
      String what;
      if (image.tag() != null) {
        what = "uses the floating tag \"" + image.tag() + "\"";
      } else if (image.registryHasPort()) {
        what = "has no tag (\"" + image.registry() + "\" is the registry and its port), so the runtime"
            + " pulls \"latest\"";
      } else {
        what = "has no tag, so the runtime pulls \"latest\"";
      }
      out.report(image.pointer(), "%s image \"%s\" %s: nodes that pull at different times run"
          + " different versions, and a rollback cannot return to the old one", c.describe(),
          image.reference(), what);
    }
  }
}
