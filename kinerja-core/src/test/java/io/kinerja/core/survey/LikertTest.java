package io.kinerja.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import org.junit.jupiter.api.Test;

class LikertTest {

  @Test
  void the_rsi_unisma_questionnaire_is_puas() {
    Likert l = new Likert("ikk", 4, 20, 1, 5, 320, 80);
    assertThat(l.ikMax()).isEqualTo(400);
    assertThat(l.ikMin()).isEqualTo(80);
    assertThat(l.interval()).isEqualTo(64);
    assertThat(l.mean()).isEqualTo(4);
    assertThat(l.index()).isEqualTo(80);
    assertThat(l.className(Language.ID)).isEqualTo("Puas");
    assertThat(l.className(Language.EN)).isEqualTo("Satisfied");
  }

  @Test
  void a_class_edge_belongs_to_the_upper_class_and_the_maximum_to_the_last() {
    assertThat(new Likert("s", 4, 20, 1, 5, 336, 80).className(Language.ID)).isEqualTo("Sangat puas");
    assertThat(new Likert("s", 4, 20, 1, 5, 335.9, 80).className(Language.ID)).isEqualTo("Puas");
    assertThat(new Likert("s", 4, 20, 1, 5, 400, 80).className(Language.ID)).isEqualTo("Sangat puas");
    assertThat(new Likert("s", 4, 20, 1, 5, 80, 80).className(Language.ID)).isEqualTo("Sangat tidak puas");
  }
}
