package io.kinerja.core.survey;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A Likert questionnaire's result (DESIGN §5.7): total, mean, index, and the satisfaction class of seed
 * 001, whose five classes split [IKmin, IKmax] into equal intervals.
 */
public record Likert(
    String questionnaire,
    int respondents,
    int questions,
    double scaleMin,
    double scaleMax,
    double total,
    long answers) {

  public static final int CLASSES = 5;

  /** Total ÷ (R·PP). */
  public double mean() {
    return total / answers;
  }

  /** Total ÷ (R·PP·ExMax) × 100. */
  public double index() {
    return total / (answers * scaleMax) * 100;
  }

  /** IKmax = R·PP·ExMax. */
  public double ikMax() {
    return answers * scaleMax;
  }

  /** IKmin = R·PP·ExMin. */
  public double ikMin() {
    return answers * scaleMin;
  }

  /** (IKmax − IKmin) ÷ 5. */
  public double interval() {
    return (ikMax() - ikMin()) / CLASSES;
  }

  /** The class k with total in [IKmin + k·interval, IKmin + (k+1)·interval), the last one closed. */
  public int classIndex() {
    int k = (int) Math.floor((total - ikMin()) / interval());
    return Math.max(0, Math.min(CLASSES - 1, k));
  }

  public double classFrom(int k) {
    return ikMin() + k * interval();
  }

  public String className(Language language) {
    return scale(language).get(classIndex());
  }

  /** The five classes from the bottom: Sangat tidak puas … Sangat puas. */
  public static List<String> scale(Language language) {
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < CLASSES; k++) {
      labels.add(Messages.text(language, "likert.class." + k));
    }
    return List.copyOf(labels);
  }

  /** The position of a class named in either language, or -1. */
  public static int positionOf(String label) {
    for (Language language : Language.values()) {
      List<String> scale = scale(language);
      for (int k = 0; k < scale.size(); k++) {
        if (scale.get(k).equalsIgnoreCase(label.strip())) {
          return k;
        }
      }
    }
    return -1;
  }
}
