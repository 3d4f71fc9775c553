package io.dslint.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a finding that survives line shifts and unrelated edits: rule, object identity
 * (kind, namespace, name; for an object without a name the file and document index; for what is
 * not an object the message too), the JSON pointer and the offending value where there is one.
 * The one definition behind SARIF {@code partialFingerprints}, the json {@code fingerprint}, Code
 * Climate fingerprints and baseline matching. Change it only together with {@link #KEY}.
 */
public final class Fingerprint {
  /** The SARIF partialFingerprints key; its version names this definition. */
  public static final String KEY = "dslintFingerprint/v2";

  /** One digest per thread: looking the algorithm up for every finding cost more than hashing. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  private Fingerprint() {}

  public static String of(Finding f) {
    return of(f, f.pointer().toString());
  }

  /** {@link #of(Finding)} for a caller that has the pointer's text already (it is not cached). */
  public static String of(Finding f, String pointer) {
    ObjectRef o = f.object();
    String identity = String.join("\u0000", f.ruleId(), String.valueOf(o.kind()),
        String.valueOf(o.namespace()), o.name() != null ? o.name() : f.file() + "#" + o.document(),
        pointer, o.kind() == null ? f.message() : "",
        f.value() == null ? "" : "=" + f.value());
    byte[] hash = SHA256.get().digest(identity.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 16);
  }
}
