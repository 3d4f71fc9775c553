package io.dslint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about dslint itself: version (from the build) and where its docs live. */
public final class Project {
  public static final String HOME = "https://github.com/dslint/dslint";

  private static final String VERSION = readVersion();

  private Project() {}

  public static String version() {
    return VERSION;
  }

  public static String ruleDocUri(String ruleId) {
    return HOME + "/blob/main/rules/" + ruleId + ".md";
  }

  private static String readVersion() {
    try (InputStream in = Project.class.getResourceAsStream("/dslint/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
