package io.dslint.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** {@link Yaml11} gives exactly the answers of SnakeYAML's Resolver and scalar constructors. */
class Yaml11Test {
  private static final Resolver SNAKEYAML = new Resolver();
  private static final Constructors CONSTRUCTORS = new Constructors();
  private static final String ALPHABET = "0123456789-+._:eExXbBoOaAfFnNlLiIsStTrRuUyYZ ~<!&*\t";

  private static List<String> inputs() {
    List<String> inputs = new ArrayList<>(List.of("", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs",
        "no", "No", "NO", "true", "True", "TRUE", "false", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "y", "n",
        "0", "-0", "+0", "00", "007", "08", "0_7", "0b1010", "0b", "0b2", "-0b1", "0x1F", "0xg", "0x_1", "0x", "12_345",
        "1:20", "-1:20:30", "1:60", "1:5", "1:65", "0:30", "190:20:30.15", "1.5", "-1.5", "+.5", ".5", "._", ".",
        "1.", "1.e3", "1e3", "1E-3", "1e", "-.inf", "+.INF", ".Inf", ".nan", ".NaN", "-.nan", "1_000.000_1",
        "2024-01-31", "2024-1-31", "2024-01-31T12:00:00Z", "2024-1-5 1:02:03.5 +01:00", "2024-01-31t12:00:00",
        "2024-01-31 12:00:00 ", "2024-01-31T12:00:00-5", "2024-01-31T12:00:00+05:3", "2001-12-14 21:59:43.10 -5",
        "<<", "<", "<<<", "!", "&", "*", "!!", "=", "9223372036854775807", "9223372036854775808",
        "123456789012345678", "1234567890123456789", "-9223372036854775808", "0.0", "-0.0", "3.14159",
        "123456789.123456789", "1_0", "1__0", "09", "-", "+", "-.", "1:2:3", "1:2.5", "12:345"));
    Random random = new Random(11);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(random.nextBoolean() ? 5 : 14);
      for (int j = 0; j < length; j++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      inputs.add(sb.toString());
    }
    for (int i = 0; i < 20_000; i++) {
      // digits-heavy: numbers, dates and times
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(25);
      for (int j = 0; j < length; j++) {
        sb.append("0123456789-:. T+Z_e".charAt(random.nextInt(random.nextInt(5) == 0 ? 19 : 12)));
      }
      inputs.add(sb.toString());
    }
    return inputs;
  }

  @Test
  void resolvesAsSnakeYaml() {
    for (String s : inputs()) {
      assertEquals(SNAKEYAML.resolve(NodeId.scalar, s, true), Yaml11.resolve(s, true), "plain \"" + s + "\"");
      assertEquals(SNAKEYAML.resolve(NodeId.scalar, s, false), Yaml11.resolve(s, false), "quoted \"" + s + "\"");
    }
  }

  @Test
  void simpleValuesEqualSnakeYamlConstructors() {
    int handled = 0;
    for (String s : inputs()) {
      Tag tag = SNAKEYAML.resolve(NodeId.scalar, s, true);
      if (!tag.equals(Tag.BOOL) && !tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT)) {
        continue;
      }
      Object ours = Yaml11.simpleValue(tag, s);
      if (ours == Yaml11.UNHANDLED) {
        continue;
      }
      handled++;
      Object theirs = CONSTRUCTORS.construct(tag, s);
      if (theirs instanceof Integer i) {
        theirs = Long.valueOf(i);
      }
      assertEquals(theirs, ours, tag + " \"" + s + "\"");
      assertEquals(theirs.getClass(), ours.getClass(), tag + " \"" + s + "\"");
    }
    assertTrue(handled > 1000, "too few simple values seen: " + handled);
  }

  private static final class Constructors extends SafeConstructor {
    Constructors() {
      super(new LoaderOptions());
    }

    Object construct(Tag tag, String text) {
      return yamlConstructors.get(tag).construct(new ScalarNode(tag, text, null, null, DumperOptions.ScalarStyle.PLAIN));
    }
  }
}
