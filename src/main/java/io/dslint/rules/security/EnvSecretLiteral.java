package io.dslint.rules.security;

import io.dslint.model.Container;
import io.dslint.model.DaemonSet;
import io.dslint.model.EnvVar;
import io.dslint.rules.Findings;
import io.dslint.rules.Parameter;
import io.dslint.rules.Rule;
import io.dslint.rules.RuleOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An env var whose name says it holds a secret (PASSWORD, TOKEN, SECRET, API_KEY, …) with a
 * literal value, on any container. The name is split into words (at "_", "-", "." and camelCase
 * humps); it holds a secret when a marker word is its last word, or is followed only by words
 * that still name the secret itself (VALUE, STRING, B64, BASE, a number). Any other word after
 * the marker makes the name describe something about the secret instead: PASSWORD_MIN_LENGTH,
 * TOKEN_TTL_SECONDS, SECRET_NAME, DB_PASSWORD_FILE, AWS_ACCESS_KEY_ID. Values that cannot be
 * a credential are not reported: empty, a file path, only $(VAR) references, a ${VAR} or
 * {{ }} placeholder, a boolean or 0/1 flag. valueFrom is always fine. The message never repeats
 * the value. Reported at the env entry's value key. The marker words ({@code markers}), the
 * words that make KEY a marker ({@code key-kinds}) and extra name patterns ({@code name-patterns}:
 * regular expressions matched against the whole name, ignoring case; none by default) are
 * parameters.
 */
public final class EnvSecretLiteral implements Rule {
  private static final Set<String> MARKERS = Set.of("PASSWORD", "PASSWORDS", "PASSWD", "PASS",
      "PWD", "PASSPHRASE", "TOKEN", "TOKENS", "SECRET", "SECRETS", "CREDENTIAL", "CREDENTIALS",
      "CREDS", "APIKEY", "SECRETKEY", "PRIVATEKEY", "ACCESSKEY", "AUTHTOKEN");
  /** KEY is a marker after one of these: API_KEY, ACCESS_KEY, PRIVATE_KEY, SECRET_KEY … */
  private static final Set<String> KEY_KINDS = Set.of("API", "ACCESS", "PRIVATE", "SECRET",
      "SIGNING", "ENCRYPTION", "MASTER", "CLIENT", "LICENSE", "AUTH", "SESSION", "SSH");
  /** Words after the marker that still name the secret itself. */
  private static final Set<String> HOLDERS = Set.of("", "VALUE", "STRING", "DATA", "B64", "BASE64",
      "RAW", "PLAIN", "PLAINTEXT", "BASE");
  private static final Set<String> FLAGS = Set.of("true", "false", "yes", "no", "on", "off",
      "enabled", "disabled", "0", "1");
  private static final Pattern WORD_BREAK =
      Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
  private static final Pattern ONLY_REFERENCES = Pattern.compile("(\\$\\([A-Za-z_][A-Za-z0-9_.-]*\\))+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}|\\{\\{.*}}");
  private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:[\\\\/].*");

  public static final Parameter MARKER_WORDS = new Parameter("markers",
      "words that make an env var name a secret's name when they end it (PASSWORD, TOKEN …)",
      Parameter.Kind.WORD, MARKERS.stream().sorted().toList());
  public static final Parameter KEY_KIND_WORDS = new Parameter("key-kinds",
      "words that make a following KEY a marker (API_KEY, ACCESS_KEY …)", Parameter.Kind.WORD,
      KEY_KINDS.stream().sorted().toList());
  public static final Parameter NAME_PATTERNS = new Parameter("name-patterns",
      "regular expressions: a name that matches one as a whole (ignoring case) is a secret's name",
      Parameter.Kind.REGEX, List.of());

  private final Set<String> markers;
  private final Set<String> keyKinds;
  private final List<Pattern> namePatterns;

  public EnvSecretLiteral() {
    this(RuleOptions.defaults());
  }

  public EnvSecretLiteral(RuleOptions options) {
    this.markers = upper(options.list(id(), MARKER_WORDS));
    this.keyKinds = upper(options.list(id(), KEY_KIND_WORDS));
    List<Pattern> patterns = new ArrayList<>();
    for (String p : options.list(id(), NAME_PATTERNS)) {
      patterns.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE));
    }
    this.namePatterns = List.copyOf(patterns);
  }

  private static Set<String> upper(List<String> words) {
    return Set.copyOf(words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList());
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(MARKER_WORDS, KEY_KIND_WORDS, NAME_PATTERNS);
  }

  @Override
  public String id() {
    return "env-secret-literal";
  }

  /** The value is the literal secret: its hash in a fingerprint could be brute-forced. */
  @Override
  public boolean fingerprintsValue() {
    return false;
  }

  @Override
  public void check(DaemonSet ds, Findings out) {
    for (Container c : ds.podSpec().allContainers()) {
      for (EnvVar e : c.env()) {
        if (e.name() != null && e.value() != null && isSecretName(e.name()) && credentialLike(e.value())) {
          out.report(e.pointer().append("value"), "%s sets env %s to a literal value (%d characters):"
                  + " everyone who can read the DaemonSet can read it; use valueFrom.secretKeyRef",
              c.describe(), e.name(), e.value().length());
        }
      }
    }
  }

  /** Whether an env var name says the variable holds a secret, with the default lists. */
  static boolean secretName(String name) {
    return secretName(name, MARKERS, KEY_KINDS);
  }

  /** Whether an env var name says the variable holds a secret, with this rule's lists. */
  boolean isSecretName(String name) {
    for (Pattern p : namePatterns) {
      if (p.matcher(name).matches()) {
        return true;
      }
    }
    return secretName(name, markers, keyKinds);
  }

  /** Whether an env var name says the variable holds a secret (see the class comment). */
  private static boolean secretName(String name, Set<String> markers, Set<String> keyKinds) {
    List<String> words = words(name);
    if (words.size() == 1 && words.get(0).equals("PWD")) {
      return false; // the shell's working directory
    }
    int marker = -1;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (markers.contains(w) || (w.equals("KEY") && i > 0 && keyKinds.contains(words.get(i - 1)))) {
        marker = i;
      }
    }
    if (marker < 0) {
      return false;
    }
    for (int i = marker + 1; i < words.size(); i++) {
      if (!HOLDERS.contains(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Upper-case words of a name, trailing digits cut off ("dbPassword2" → DB, PASSWORD). */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAK.split(name)) {
      if (!w.isEmpty()) {
        out.add(w.toUpperCase(Locale.ROOT).replaceAll("[0-9]+$", ""));
      }
    }
    return out;
  }

  /** Whether a literal value could be a credential (see the class comment). */
  static boolean credentialLike(String value) {
    String v = value.strip();
    if (v.isEmpty() || FLAGS.contains(v.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~/")
        || v.startsWith("file:") || WINDOWS_PATH.matcher(v).matches()) {
      return false;
    }
    return !ONLY_REFERENCES.matcher(v).matches() && !PLACEHOLDER.matcher(v).matches();
  }
}
