package io.kinerja.server.store;

import java.sql.SQLException;

/** The database failed: an internal error, never the caller's fault (mapped to 500 without details). */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StoreException(SQLException cause) {
    super(cause);
  }
}
