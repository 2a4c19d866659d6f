package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** The dates a store's data reach: what "data as of" means for a briefing. */
public final class DataDates {

  private DataDates() {}

  /** The day of the last UN General Assembly roll call in the store, or null without any. */
  public static LocalDate lastRollCall(Store store) {
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT max(date) FROM roll_calls")) {
      rs.next();
      java.sql.Date d = rs.getDate(1);
      return d == null ? null : d.toLocalDate();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the last roll call of " + store.file() + ": " + e.getMessage(), e);
    }
  }
}
