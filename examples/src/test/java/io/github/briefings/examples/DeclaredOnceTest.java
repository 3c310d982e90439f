package io.github.briefings.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.model.Figure;
import io.github.briefings.model.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every figure is declared once: its name, as a string, appears in the main code of the library, the
 * JSON module and the examples (comments and Javadoc aside) only in the section type that declares it. Everything else names a
 * figure through its declaration, so that renaming one is one edit.
 */
class DeclaredOnceTest {
  private static final List<Path> MAIN_CODE = List.of(Path.of("..", "core", "src", "main", "java"),
      Path.of("..", "jackson-module", "src", "main", "java"), Path.of("src", "main", "java"));

  @Test
  void aFiguresNameIsSpelledOnlyWhereItsSectionDeclaresIt() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : MAIN_CODE) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    assertThat(sources).hasSizeGreaterThan(50);
    int names = 0;
    for (Section<?, ?> section : Section.standard()) {
      String declaring = typeDeclaring(section);
      for (Figure<?, ?> f : section.figures()) {
        String literal = "\"" + f.name() + "\"";
        List<String> spelledIn = sources.stream().filter(file -> code(file).contains(literal))
            .map(file -> file.getFileName().toString()).toList();
        assertThat(spelledIn).as("files spelling %s", literal).containsExactly(declaring);
        names++;
      }
    }
    assertThat(names).isEqualTo(41);
  }

  private static String typeDeclaring(Section<?, ?> section) {
    // the section types declare their figures as constants of their own: DetentionStats.SECTION, …
    for (Class<?> type : List.of(io.github.briefings.model.DetentionStats.class,
        io.github.briefings.model.CriminalCases.class, io.github.briefings.model.OrganizedCrime.class,
        io.github.briefings.model.WeaponSeizure.class, io.github.briefings.model.Casualties.class,
        io.github.briefings.model.Damage.class,
        io.github.briefings.model.ArsenalLoss.class,
        io.github.briefings.model.OfficialCase.class)) {
      try {
        if (type.getField("SECTION").get(null) == section) {
          return type.getSimpleName() + ".java";
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(type + " has no SECTION", e);
      }
    }
    throw new AssertionError("no section type declares " + section);
  }

  /** The file's code, without its comments and Javadoc (where examples may name figures). */
  private static String code(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(line -> {
        String t = line.strip();
        return !(t.startsWith("*") || t.startsWith("/*") || t.startsWith("//"));
      }).collect(java.util.stream.Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
