package io.kinerja.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void every_message_is_said_in_both_languages() throws IOException {
    Properties en = bundle("en");
    Properties id = bundle("id");
    assertThat(id.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
  }

  @Test
  void every_message_pattern_is_well_formed_in_both_languages() throws IOException {
    for (String language : new String[] {"en", "id"}) {
      Properties p = bundle(language);
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key).replace("'", "''");
        new java.text.MessageFormat(pattern);
      }
    }
  }

  @Test
  void apostrophes_survive_and_numbers_follow_the_language() {
    Message m = Message.of("formula.unknown_name", "x");
    assertThat(m.in(Language.EN)).startsWith("unknown name 'x'");
    assertThat(Message.of("value.division_by_zero", "b", "2014").in(Language.ID)).contains("pembagian dengan nol");
    assertThat(Message.of("yaml.negative", "tolerance", -0.5).in(Language.ID)).contains("-0,5");
  }

  /** Found by fuzzing: a perspective without an id made Message.of("yaml.empty_perspective", null) throw NPE. */
  @Test
  void a_missing_argument_renders_as_nothing_instead_of_throwing() {
    Message message = Message.of("yaml.empty_perspective", (Object) null);
    assertThat(message.in(Language.EN)).isNotBlank();
    assertThat(message.in(Language.ID)).isNotBlank();
  }
}
