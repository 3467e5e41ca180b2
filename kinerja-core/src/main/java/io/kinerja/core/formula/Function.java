package io.kinerja.core.formula;

/** The functions a formula may call, with what each takes and gives. */
public enum Function {
  COMPLETION(1, 1, Argument.TEXT, Result.NUMBER),
  LIKERT_TOTAL(1, 1, Argument.QUESTIONNAIRE, Result.NUMBER),
  LIKERT_MEAN(1, 1, Argument.QUESTIONNAIRE, Result.NUMBER),
  LIKERT_INDEX(1, 1, Argument.QUESTIONNAIRE, Result.NUMBER),
  LIKERT_CLASS(1, 1, Argument.QUESTIONNAIRE, Result.CLASS),
  PREV(1, 1, Argument.ANY, Result.SAME),
  GROWTH(1, 1, Argument.NUMBER, Result.NUMBER),
  YTD(1, 1, Argument.ANY, Result.SAME),
  MIN(1, Integer.MAX_VALUE, Argument.NUMBER, Result.NUMBER),
  MAX(1, Integer.MAX_VALUE, Argument.NUMBER, Result.NUMBER),
  ABS(1, 1, Argument.NUMBER, Result.NUMBER),
  ROUND(1, 2, Argument.NUMBER, Result.NUMBER),
  IF(3, 3, Argument.ANY, Result.SAME);

  /** What an argument must be. */
  public enum Argument {
    NUMBER,
    ANY,
    /** A text in quotes, such as a work-programme category. */
    TEXT,
    /** The name of a questionnaire in the survey data. */
    QUESTIONNAIRE
  }

  /** What the call gives: a number, a class of an ordered scale, or what its argument gives. */
  public enum Result {
    NUMBER,
    CLASS,
    SAME
  }

  private final int minArgs;
  private final int maxArgs;
  private final Argument argument;
  private final Result result;

  Function(int minArgs, int maxArgs, Argument argument, Result result) {
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
    this.argument = argument;
    this.result = result;
  }

  public int minArgs() {
    return minArgs;
  }

  public int maxArgs() {
    return maxArgs;
  }

  public Argument argument() {
    return argument;
  }

  public Result result() {
    return result;
  }

  public String spelling() {
    return name().toLowerCase();
  }

  /** The function spelled {@code name} in a formula, or {@code null}. */
  public static Function named(String name) {
    for (Function f : values()) {
      if (f.spelling().equals(name)) {
        return f;
      }
    }
    return null;
  }
}
