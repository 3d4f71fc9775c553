package io.dslint.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A list a rule reads from the configuration ({@code rules.<id>.parameters.<name>}), with the
 * rule's built-in list as the default. In the configuration, {@code <name>} replaces the defaults
 * and {@code additional-<name>} adds to them. {@code kind} says what each item must look like.
 */
public record Parameter(String name, String description, Kind kind, List<String> defaults) {
  /** The prefix of the key that adds to a list instead of replacing it. */
  public static final String ADDITIONAL = "additional-";

  public Parameter {
    defaults = List.copyOf(defaults);
  }

  /** What an item of the list must be; {@link #problem} says what is wrong with one, or null. */
  public enum Kind {
    /** An absolute host path, Linux ("/etc") or Windows ("C:\\k", "\\\\.\\pipe\\docker_engine"). */
    HOST_PATH,
    /** A Linux capability name, with or without CAP_. */
    CAPABILITY,
    /** A word of letters and digits (compared upper-case). */
    WORD,
    /** A Java regular expression. */
    REGEX;

    public String problem(String item) {
      return switch (this) {
        case HOST_PATH -> item.startsWith("/") || item.startsWith("\\") || item.matches("[A-Za-z]:[\\\\/].*")
            ? null : "must be an absolute host path";
        case CAPABILITY -> item.matches("[A-Za-z_][A-Za-z0-9_]*") ? null : "must be a capability name like NET_ADMIN";
        case WORD -> item.matches("[A-Za-z0-9]+") ? null : "must be a word of letters and digits";
        case REGEX -> regexProblem(item);
      };
    }

    public String describe() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  private static String regexProblem(String item) {
    try {
      Pattern.compile(item);
      return null;
    } catch (PatternSyntaxException e) {
      return "is not a valid regular expression: " + e.getDescription();
    }
  }
}
