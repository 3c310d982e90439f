package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as precise as stated: what each stands for, and when two are in a certain order. */
class StatedDateTest {
  @Test
  void eachPrecisionStandsForItsDays() {
    StatedDate day = StatedDate.parse("2022-04-11");
    assertThat(day.precision()).isEqualTo(StatedDate.Precision.DAY);
    assertThat(day.first()).isEqualTo(day.last()).isEqualTo(LocalDate.of(2022, 4, 11));
    StatedDate month = StatedDate.parse("2024-02");
    assertThat(month.precision()).isEqualTo(StatedDate.Precision.MONTH);
    assertThat(month.first()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(month.last()).isEqualTo(LocalDate.of(2024, 2, 29));
    StatedDate year = StatedDate.parse("2022");
    assertThat(year.precision()).isEqualTo(StatedDate.Precision.YEAR);
    assertThat(year.first()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(year.last()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(StatedDate.of(YearMonth.of(2023, 5))).isEqualTo(StatedDate.parse("2023-05")).hasToString("2023-05");
    assertThat(StatedDate.ofYear(2022)).isEqualTo(year).hasToString("2022")
        .isNotEqualTo(StatedDate.of(LocalDate.of(2022, 1, 1)));
    assertThat(day).hasToString("2022-04-11").hasSameHashCodeAs(StatedDate.of(LocalDate.of(2022, 4, 11)));
  }

  @Test
  void anOrderIsCertainOnlyWhenOneEndsBeforeTheOtherBegins() {
    StatedDate may = StatedDate.parse("2023-05");
    StatedDate may10 = StatedDate.parse("2023-05-10");
    StatedDate june = StatedDate.parse("2023-06");
    assertThat(may.isBefore(june)).isTrue();
    assertThat(june.isBefore(may)).isFalse();
    assertThat(may.isBefore(may10)).isFalse();
    assertThat(may10.isBefore(may)).isFalse();
    assertThat(may.isOrderOpen(may10)).isTrue();
    assertThat(may.isOrderOpen(may)).isTrue();   // two figures "as of May" may be of any days of May
    assertThat(may10.isOrderOpen(may10)).isFalse();
    assertThat(may.isOrderOpen(june)).isFalse();
    assertThat(StatedDate.parse("2023").isOrderOpen(may)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "22", "2022-4", "2022-04-1", "2022/04/11", "２０２２", "2022-13", "2022-02-30", "1899",
      "2200-01", "+2022", "2022-04-11T00:00"})
  void malformedOrOutOfRangeTextIsRefusedNamingIt(String text) {
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> StatedDate.parse(text))
        .withMessageStartingWith("invalid StatedDate: ");
  }

  @Test
  void aFigureStatedAsOfALaterDateThanItsBriefingIsRefused() {
    Briefing.Builder b = Briefing.builder().id("b").date(LocalDate.of(2023, 5, 10)).jurisdiction("KZ")
        .investigation(Investigation.of("i", "an investigation"));
    assertThat(b.addDetention(DetentionStats.builder()
        .convicted(Count.exactly(3).withAsOf(StatedDate.parse("2023-05"))).build()).build().detention()).hasSize(1);
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> b.detention(java.util.List.of(DetentionStats.builder()
            .convicted(Count.exactly(3).withAsOf(StatedDate.parse("2023-06"))).build())).build())
        .withMessageContaining("detention.convicted.asOf is after the briefing's date 2023-05-10: 2023-06");
  }
}
