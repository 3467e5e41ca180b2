package io.kinerja.core.properties;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A property checked over generated cases: each case is drawn from its own seed, derived from one fixed
 * seed (override with {@code -Dkinerja.seed=N}), so that a failure names the case and the seed that
 * makes it again. Plain JUnit: no property-testing engine.
 */
public final class Property {

  private static final long SEED = Long.getLong("kinerja.seed", 20261126L);

  private Property() {}

  /** Checks {@code property} on {@code tries} cases made by {@code generator}. */
  public static <T> void forAll(int tries, Function<SplittableRandom, T> generator, Consumer<T> property) {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int i = 0; i < tries; i++) {
      long seed = seeds.nextLong();
      T example = generator.apply(new SplittableRandom(seed));
      try {
        property.accept(example);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("case " + i + " (seed " + seed + "): " + example + "\n" + e.getMessage(), e);
      }
    }
  }

  /** One of {@code choices}. */
  @SafeVarargs
  public static <T> T oneOf(SplittableRandom random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** A double in [-limit, limit], often a whole number or 0, as figures are. */
  public static double figure(SplittableRandom random, double limit) {
    return switch (random.nextInt(5)) {
      case 0 -> 0;
      case 1 -> Math.rint(random.nextDouble(-limit, limit));
      case 2 -> Math.rint(random.nextDouble(-limit, limit) * 100) / 100;
      default -> random.nextDouble(-limit, limit);
    };
  }
}
