package io.github.briefings.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * {@link Versus} runs each build in a class loader of its own and gives the answers of that build.
 * Timing is never asserted: only that a ratio is measured for every round.
 */
class VersusTest {
  /** This build's class path, as the second build would give it. */
  private static List<URL> classPath() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return urls;
  }

  @Test
  void eachBuildRunsOnItsOwnCopyOfTheLibraryAndAnswersAsThisBuild() throws Exception {
    Comparisons here = new Comparisons();
    try {
      byte[] written = here.writeModule();
      assertThat((byte[]) Versus.comparison(classPath(), "writeModule").call()).isEqualTo(written);
      assertThat((byte[]) Versus.comparison(classPath(), "writeModule").call()).isEqualTo(written);
      Object first = Versus.comparison(classPath(), "readModule").call();
      Object second = Versus.comparison(classPath(), "readModule").call();
      assertThat(first.getClass().getName()).isEqualTo(second.getClass().getName())
          .isEqualTo(here.seed.getClass().getName());
      assertThat(first.getClass().getClassLoader()).isNotSameAs(second.getClass().getClassLoader())
          .isNotSameAs(here.seed.getClass().getClassLoader());
      assertThat(first).hasToString(here.seed.toString());
    } finally {
      here.close();
    }
  }

  @Test
  void aComparisonThatDoesNotExistIsRefused() {
    assertThatThrownBy(() -> Versus.comparison(classPath(), "readFaster"))
        .isInstanceOf(NoSuchMethodException.class).hasMessageContaining("readFaster");
  }

  @Test
  void everyRoundGivesARatio() throws Exception {
    Callable<?> first = Versus.comparison(classPath(), "convertOurs");
    Callable<?> second = Versus.comparison(classPath(), "convertOurs");
    double[] ratios = Alternation.ratios(first, second, 10, 2, 6, 1);
    assertThat(ratios).hasSize(6);
    for (double r : ratios) {
      assertThat(r).isPositive().isFinite();
    }
    assertThat(Alternation.median(new double[] {3, 1, 2, 4})).isEqualTo("3.00× (quartiles 2.00–4.00)");
  }
}
