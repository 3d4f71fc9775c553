package io.dslint.model;

import io.dslint.yaml.Pointer;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * A hostPath volume source; {@code normalizedPath} is the path as the node resolves it (see
 * {@link #normalize}), null when the path is absent.
 */
public record HostPath(Pointer pointer, String path, String normalizedPath, String type) {
  private static final String PIPE_PREFIX = "\\\\.\\pipe\\";

  /**
   * The path as the node resolves it, for comparing paths:
   * <ul>
   *   <li>Linux: lexical normalisation ("//etc", "/etc/" and "/etc/../etc" are "/etc"), then the
   *       {@code /var/run → /run} symlink every current distribution has (FHS 3.0), so
   *       "/var/run/docker.sock" is "/run/docker.sock".</li>
   *   <li>Windows drive or rooted paths ("C:\var\lib\kubelet\", "\var\lib\kubelet"): separators
   *       made "/", the drive letter dropped (the kubelet and runtime live on the system drive),
   *       normalised as above and lower-cased (NTFS paths are case-insensitive):
   *       "/var/lib/kubelet". No /var/run symlink there.</li>
   *   <li>Windows named pipes ("\\.\pipe\docker_engine", also written "//./pipe/…"):
   *       "\\.\pipe\" and the lower-cased name.</li>
   *   <li>Anything else (a relative path, empty) is returned as written.</li>
   * </ul>
   */
  public static String normalize(String path) {
    if (path == null) {
      return null;
    }
    if (isPipe(path)) {
      return PIPE_PREFIX + path.substring(PIPE_PREFIX.length()).toLowerCase(Locale.ROOT);
    }
    if (path.startsWith("/")) {
      String p = lexical(path);
      return p.equals("/var/run") || p.startsWith("/var/run/") ? p.substring("/var".length()) : p;
    }
    String windows = null;
    if (path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
        && (path.charAt(2) == '\\' || path.charAt(2) == '/')) {
      windows = path.substring(2);
    } else if (path.startsWith("\\") && !path.startsWith("\\\\")) {
      windows = path;
    }
    return windows == null ? path : lexical(windows.replace('\\', '/')).toLowerCase(Locale.ROOT);
  }

  private static boolean isPipe(String path) {
    return path.length() > PIPE_PREFIX.length()
        && path.substring(0, PIPE_PREFIX.length()).replace('/', '\\').equalsIgnoreCase(PIPE_PREFIX);
  }

  private static String lexical(String path) {
    ArrayDeque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }

  /** Whether this path is {@code other} or lies under it (both normalised). */
  public static boolean isWithin(String path, String other) {
    if (path == null || other == null) {
      return false;
    }
    // path.startsWith(other + "/") without building that string: rules call this for every
    // hostPath volume against every sensitive path.
    return path.equals(other) || (other.equals("/") && path.startsWith("/"))
        || (path.length() > other.length() && path.charAt(other.length()) == '/' && path.startsWith(other));
  }

  /** A Windows named pipe ("\\.\pipe\…"): no file system path, and no hostPath type fits it. */
  public boolean isNamedPipe() {
    return normalizedPath != null && normalizedPath.startsWith(PIPE_PREFIX);
  }

  /** hostPath.type empty or absent: the kubelet mounts whatever is there, or creates nothing. */
  public boolean typeUnset() {
    return type == null || type.isEmpty();
  }
}
