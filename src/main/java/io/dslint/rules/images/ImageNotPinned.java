package io.dslint.rules.images;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.Image;
import io.dslint.rules.Findings;
import io.dslint.rules.Rule;

/** An image reference without a (well-formed) digest: its tag can be moved to other content. */
public final class ImageNotPinned implements Rule {
  @Override
  public String id() {
    return "image-not-pinned";
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().allContainers()) {
      Image image = c.image();
      if (image == null || image.isEmpty() || image.isPinned()) {
        continue;
      }
      if (image.hasDigest()) {
        out.report(image.pointer(), "%s image \"%s\" has a malformed digest \"%s\" (expected"
            + " sha256: and 64 lowercase hex digits): the runtime cannot pull it", c.describe(),
            image.reference(), image.digest());
      } else {
        out.report(image.pointer(), "%s image \"%s\" is not pinned by digest: the tag can be moved"
            + " to other content, and nodes that pull at different times may run different code",
            c.describe(), image.reference());
      }
    }
  }
}
