package io.dslint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static List<String> lines(byte[] bytes) throws IOException {
    List<String> out = new ArrayList<>();
    try (LineReader r = new LineReader(new ByteArrayInputStream(bytes))) {
      String l;
      while ((l = r.readLine()) != null) {
        out.add(r.lineNumber() + ":" + l);
      }
    }
    return out;
  }

  /** The parser counts a lone CR, NEL, LS and PS as line ends; so must the reader (found by fuzzing). */
  @Test
  void everyYamlLineBreakEndsALine() throws IOException {
    byte[] bytes = "a\rb\r\nc\u0085d\u2028e\u2029f\n\ng\r\r".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("1:a", "2:b", "3:c", "4:d", "5:e", "6:f", "7:", "8:g", "9:"), lines(bytes));
  }

  @Test
  void errorsAfterALoneCrNameTheirOwnLine() {
    byte[] bytes = "ok: 1\rbad: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class, () -> lines(bytes));
    assertEquals(2, e.line());
    assertEquals(6, e.column());
  }
}
