package io.github.briefings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The quick reading of a day gives what {@link LocalDate#parse} gives, or leaves the text to it. */
class DatesTest {
  @Test
  void everyDayTheLibraryAcceptsReadsAsLocalDateReadsIt() {
    for (LocalDate d = Dates.EARLIEST; !d.isAfter(Dates.LATEST); d = d.plusDays(1)) {
      assertThat(Dates.parseDay(d.toString())).isEqualTo(d);
    }
    assertThat(Dates.parseDay("0000-01-01")).isEqualTo(LocalDate.parse("0000-01-01"));
    assertThat(Dates.parseDay("9999-12-31")).isEqualTo(LocalDate.parse("9999-12-31"));
  }

  @Test
  void anyOtherTextIsLeftToLocalDate() {
    for (String text : new String[] {"2022-02-30", "2021-02-29", "2022-04-31", "2022-13-01", "2022-00-10", "2022-01-00",
        "20x2-01-01", "2022/01/01", "+2022-01-01", "2022-1-01", "2022-01-1", "2022-01-011", "", "2022-01-0\u0661"}) {
      assertThat(Dates.parseDay(text)).as(text).isNull();
    }
    assertThat(Dates.parseDay("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
  }
}
