package io.kinerja.app.cli;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional ones, and options written {@code --name value}, {@code
 * --name=value} or, for flags, {@code --name}. Unknown options and missing values are reported, all at
 * once, as bad input.
 */
public final class Args {

  private final List<String> positional;
  private final Map<String, List<String>> options;

  private Args(List<String> positional, Map<String, List<String>> options) {
    this.positional = List.copyOf(positional);
    this.options = options;
  }

  /**
   * Parses {@code argv} for a command taking the options {@code valued} (with a value) and {@code
   * flags} (without one); {@code repeatable} valued options may be given more than once.
   */
  public static Args parse(List<String> argv, Set<String> valued, Set<String> flags, Set<String> repeatable) {
    Problems problems = new Problems();
    List<String> positional = new ArrayList<>();
    Map<String, List<String>> options = new LinkedHashMap<>();
    boolean onlyPositional = false;
    for (int i = 0; i < argv.size(); i++) {
      String arg = argv.get(i);
      if (onlyPositional || !arg.startsWith("--") || arg.equals("-")) {
        positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyPositional = true;
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      String value = eq < 0 ? null : arg.substring(eq + 1);
      if (flags.contains(name)) {
        if (value != null) {
          problems.error(Location.field(name), "cli.flag_takes_no_value", name);
        }
        options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.size() || argv.get(i + 1).startsWith("--")) {
            problems.error(Location.field(name), "cli.option_needs_value", name);
            continue;
          }
          value = argv.get(++i);
        }
        List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
        if (!values.isEmpty() && !repeatable.contains(name)) {
          problems.error(Location.field(name), "cli.option_twice", name);
        }
        values.add(value);
      } else {
        problems.error(Location.field(name), "cli.unknown_option", name, known(valued, flags));
      }
    }
    problems.throwIfErrors();
    return new Args(positional, options);
  }

  private static String known(Set<String> valued, Set<String> flags) {
    List<String> all = new ArrayList<>(valued);
    all.addAll(flags);
    all.sort(String::compareTo);
    return all.isEmpty() ? "—" : String.join(", ", all);
  }

  public List<String> positional() {
    return positional;
  }

  /** The positional arguments, checked to number between {@code min} and {@code max}. */
  public List<String> positional(int min, int max, String names) {
    if (positional.size() < min) {
      throw InvalidInputException.of(Location.field(names), "cli.missing_argument", names);
    }
    if (positional.size() > max) {
      throw InvalidInputException.of(Location.field(positional.get(max)), "cli.extra_argument", positional.get(max));
    }
    return positional;
  }

  public Optional<String> option(String name) {
    List<String> values = options.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  public List<String> options(String name) {
    return options.getOrDefault(name, List.of());
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }
}
