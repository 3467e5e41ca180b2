package io.kinerja.server.plans;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** An action plan on one indicator of a scorecard; {@code budget} in whole Rupiah (null: none given). */
public record Initiative(long id, String scorecard, String indicator, String title, String owner, LocalDate start,
    LocalDate due, Status status, int progress, Long budget, String note, String updatedBy, long updatedAt) {

  /** Where an initiative stands. */
  public enum Status {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> byKey(String key) {
      for (Status s : values()) {
        if (s.key().equals(key)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /** Due before {@code today} and neither done nor cancelled. */
  public boolean overdue(LocalDate today) {
    return due.isBefore(today) && status != Status.DONE && status != Status.CANCELLED;
  }

  /**
   * The fields of a request to create or change one; null means "not given" (on a change: keep as is).
   * Numbers come as the JSON gave them and are checked to be whole here.
   */
  public record Draft(String indicator, String title, String owner, String start, String due, String status,
      Double progress, Double budget, String note) {

    /** The fields a contributor may change (an editor may change them all). */
    boolean onlyProgress() {
      return indicator == null && title == null && owner == null && start == null && due == null && budget == null;
    }
  }
}
