package io.dslint.config;

import java.util.regex.Pattern;

/**
 * Glob patterns of the configuration. Path globs (excludes) work like .gitignore: {@code *} and
 * {@code ?} stay within a path segment, {@code **} crosses segments ({@code **}{@code /} also
 * matches no directory), {@code [abc]}, {@code [!abc]} and {@code {a,b}} as usual; a pattern
 * without "/" matches a file or directory name at any depth, a leading "/" anchors it to the
 * configuration file's directory, and a trailing "/" matches a directory's contents. Name globs
 * (kinds, namespaces, names, containers) use the same syntax on a single name.
 */
public final class Glob {
  private Glob() {}

  /** The regular expression of a path glob, matched against "/"-separated relative paths. */
  public static Pattern path(String glob) {
    String g = glob.strip();
    boolean anchored = g.startsWith("/");
    if (anchored) {
      g = g.substring(1);
    }
    boolean anywhere = !anchored && !(g.endsWith("/") ? g.substring(0, g.length() - 1) : g).contains("/");
    if (g.endsWith("/")) {
      g = g + "**";
    }
    String body = translate(g, true);
    return Pattern.compile((anywhere ? "(?:.*/)?" : "") + body);
  }

  /** The regular expression of a name glob. */
  public static Pattern name(String glob) {
    return Pattern.compile(translate(glob, false));
  }

  /** What is wrong with a glob (unclosed bracket or brace), or null. */
  public static String problem(String glob) {
    int brackets = 0;
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[' && brackets == 0) {
        brackets++;
      } else if (c == ']' && brackets > 0) {
        brackets--;
      } else if (c == '{' && brackets == 0) {
        braces++;
      } else if (c == '}' && brackets == 0 && braces > 0) {
        braces--;
      }
    }
    if (brackets > 0) {
      return "unclosed [ in pattern \"" + glob + "\"";
    }
    if (braces > 0) {
      return "unclosed { in pattern \"" + glob + "\"";
    }
    return glob.isBlank() ? "empty pattern" : null;
  }

  private static String translate(String glob, boolean paths) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (paths && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            i++;
            if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
              i++;
              re.append("(?:.*/)?");
            } else {
              re.append(".*");
            }
          } else {
            re.append(paths ? "[^/]*" : ".*");
          }
        }
        case '?' -> re.append(paths ? "[^/]" : ".");
        case '[' -> {
          int end = glob.indexOf(']', i + 2);
          if (end < 0) {
            re.append("\\[");
          } else {
            String set = glob.substring(i + 1, end);
            if (set.startsWith("!")) {
              set = "^" + set.substring(1);
            }
            re.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
            i = end;
          }
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            re.append(')');
          } else {
            re.append("\\}");
          }
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 < glob.length()) {
            re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          }
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }
}
