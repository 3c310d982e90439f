package io.github.briefings.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A consumer as users build one, against the packaged jars: the README's Java snippets, each in a
 * method of its own exactly as written, compiled with {@code -Xlint:all -Werror} and run, on the class
 * path and as a named module on the module path (where the Jackson modules and a rule provider are
 * found as services).
 */
class ReadmeConsumerIT {
  /** The jars a consumer has: ours and what they bring, taken from this build's class path. */
  private static final List<String> JARS =
      jars("briefings-(core|format|jackson|jackson3)-.*|jackson-(core|databind|annotations)-.*");

  /** What a test-scoped briefings-testkit brings: the kit, core, jqwik, AssertJ and what they need. */
  private static final List<String> TEST_JARS = jars("briefings-(core|testkit)-.*|jqwik-.*|assertj-core-.*|byte-buddy-.*"
      + "|opentest4j-.*|apiguardian-api-.*|junit-platform-(commons|engine)-.*");

  /** The jars of this build's class path whose names, less {@code .jar}, match. */
  private static List<String> jars(String names) {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(p -> p.endsWith(".jar") && Path.of(p).getFileName().toString().matches("(" + names + ")\\.jar"))
        .collect(Collectors.toList());
  }

  @TempDir
  static Path dir;

  /** The README's whole source files, which are tests. */
  private static final List<String> TEST_FILES = new ArrayList<>();

  private static Path sources;

  @BeforeAll
  static void writeTheConsumer() throws IOException {
    assertThat(JARS).as("our jars and Jackson's").hasSizeGreaterThanOrEqualTo(9);
    String readme = Files.readString(Path.of("../README.md"));
    Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    StringBuilder methods = new StringBuilder();
    int n = 0;
    while (blocks.find()) {
      String block = blocks.group(1);
      if (block.startsWith("import ")) {
        // a whole source file: a test written with the test kit
        TEST_FILES.add(block);
        continue;
      }
      // a name a snippet uses without declaring it is given to it: json is the one
      String parameters = block.matches("(?s).*\\bjson\\b.*") && !block.matches("(?s).*String json =.*")
          ? "String json" : "";
      methods.append("  static void snippet").append(n++).append("(").append(parameters)
          .append(") throws Exception {\n").append(block.indent(4)).append("  }\n\n");
    }
    assertThat(n).as("Java snippets in the README").isGreaterThanOrEqualTo(3);
    assertThat(TEST_FILES).as("tests in the README").isNotEmpty();
    sources = dir.resolve("src");
    Path pkg = sources.resolve("readme");
    Files.createDirectories(pkg);
    Files.writeString(pkg.resolve("Snippets.java"), """
        package readme;

        import com.fasterxml.jackson.databind.ObjectMapper;
        import io.github.briefings.jackson.BriefingsModule;
        import io.github.briefings.model.*;
        import io.github.briefings.money.*;
        import io.github.briefings.validation.*;
        import java.time.LocalDate;
        import java.util.Map;
        import tools.jackson.databind.json.JsonMapper;

        /** The README's Java snippets, each as written. */
        final class Snippets {
          private Snippets() {}

        """ + methods + "}\n");
    Files.writeString(pkg.resolve("Main.java"), """
        package readme;

        import io.github.briefings.model.Count;
        import io.github.briefings.validation.Validator;

        /** Runs the README's first example, and finds the services a consumer relies on. */
        public final class Main {
          private Main() {}

          public static void main(String[] args) throws Exception {
            Snippets.snippet1();
            Count found = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                .readValue("547", Count.class);
            Count found3 = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build()
                .readValue("548", Count.class);
            System.out.println("found: " + found + " and " + found3);
            System.out.println("rules: " + Validator.builder().addDiscoveredRules(Main.class.getClassLoader()).build()
                .rules().stream().filter(r -> r.id().startsWith("readme.")).count());
          }
        }
        """);
    Files.writeString(pkg.resolve("OwnRules.java"), """
        package readme;

        import io.github.briefings.validation.Rule;
        import io.github.briefings.validation.RuleProvider;
        import io.github.briefings.validation.Severity;
        import java.util.List;
        import java.util.Map;

        /** A rule provider of the consumer's own, found as a service. */
        public final class OwnRules implements RuleProvider {
          /** Creates the provider, as ServiceLoader does. */
          public OwnRules() {}

          @Override
          public List<Rule> rules() {
            return List.of(Rule.of("readme.always-fine", Severity.INFO, "finds nothing", (b, f) -> { }));
          }
        }
        """);
    Path services = dir.resolve("resources/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve("io.github.briefings.validation.RuleProvider"), "readme.OwnRules\n");
  }

  private static List<Path> javaSources() throws IOException {
    try (var files = Files.walk(sources)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  private record Run(int code, String out) {}

  private static Run run(Path in, List<String> command) throws IOException, InterruptedException {
    Path out = in.resolve("output.txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  @Test
  void theSnippetsCompileStrictlyAndRunOnTheClassPath() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classpath"));
    String classPath = String.join(File.pathSeparator, JARS);
    List<String> javac = new ArrayList<>(List.of(tool("javac"), "-Xlint:all", "-Werror", "-cp", classPath, "-d",
        classes.toString()));
    javaSources().forEach(p -> javac.add(p.toString()));
    Run compiled = run(dir, javac);
    assertThat(compiled.out()).as("javac").isEmpty();
    assertThat(compiled.code()).isZero();
    copyServices(classes);
    Run ran = run(dir, List.of(tool("java"), "-cp", classes + File.pathSeparator + classPath, "readme.Main"));
    assertThat(ran.code()).as(ran.out()).isZero();
    assertThat(ran.out()).contains("0 errors, 1 warning, 0 info").contains("= 766056.37 USD").contains("\ntrue\n")
        .contains("found: 547 and 548").contains("rules: 1");
  }

  @Test
  void theSnippetsCompileStrictlyAndRunAsANamedModuleOnTheModulePath() throws Exception {
    Files.writeString(sources.resolve("module-info.java"), """
        /** The README's snippets as a module of a consumer. */
        module readme.snippets {
          requires io.github.briefings.jackson;
          requires io.github.briefings.jackson3;
          provides io.github.briefings.validation.RuleProvider with readme.OwnRules;
        }
        """);
    try {
      Path classes = Files.createDirectories(dir.resolve("modulepath"));
      String modulePath = String.join(File.pathSeparator, JARS);
      List<String> javac = new ArrayList<>(List.of(tool("javac"), "-Xlint:all", "-Werror", "--module-path",
          modulePath, "-d", classes.toString()));
      javaSources().forEach(p -> javac.add(p.toString()));
      Run compiled = run(dir, javac);
      assertThat(compiled.out()).as("javac").isEmpty();
      assertThat(compiled.code()).isZero();
      Run ran = run(dir, List.of(tool("java"), "--module-path", classes + File.pathSeparator + modulePath,
          "-m", "readme.snippets/readme.Main"));
      assertThat(ran.code()).as(ran.out()).isZero();
      assertThat(ran.out()).contains("0 errors, 1 warning, 0 info").contains("= 766056.37 USD").contains("\ntrue\n")
          .contains("found: 547 and 548").contains("rules: 1");
      // the module exports its API only
      Run described = run(dir, List.of(tool("java"), "--module-path", modulePath, "--describe-module",
          "io.github.briefings.core"));
      assertThat(described.out()).contains("exports io.github.briefings.model", "uses io.github.briefings.validation.RuleProvider",
          "qualified exports io.github.briefings.internal to").doesNotContain("exports io.github.briefings.internal\n");
    } finally {
      Files.delete(sources.resolve("module-info.java"));
    }
  }

  /**
   * The README's tests, compiled with {@code -Xlint:all -Werror} against what a test-scoped
   * {@code briefings-testkit} brings, and run by the JUnit Platform as a build would: every property
   * passes.
   */
  @Test
  void theTestKitSnippetsCompileStrictlyAndTheirPropertiesPass() throws Exception {
    Path testSources = Files.createDirectories(dir.resolve("test-src"));
    Path classes = Files.createDirectories(dir.resolve("test-classes"));
    List<String> names = new ArrayList<>();
    List<String> javac = new ArrayList<>(List.of(tool("javac"), "-Xlint:all", "-Werror", "-cp",
        String.join(File.pathSeparator, TEST_JARS), "-d", classes.toString()));
    for (String file : TEST_FILES) {
      Matcher name = Pattern.compile("(?m)^class (\\w+)").matcher(file);
      assertThat(name.find()).as("a class in %s", file).isTrue();
      names.add(name.group(1));
      Path source = testSources.resolve(name.group(1) + ".java");
      Files.writeString(source, file);
      javac.add(source.toString());
    }
    Run compiled = run(dir, javac);
    assertThat(compiled.out()).as("javac").isEmpty();
    assertThat(compiled.code()).isZero();
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
      for (String name : names) {
        request.selectors(DiscoverySelectors.selectClass(loader.loadClass(name)));
      }
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      LauncherFactory.create().execute(request.build(), listener);
      TestExecutionSummary summary = listener.getSummary();
      StringWriter failures = new StringWriter();
      summary.printFailuresTo(new PrintWriter(failures), 20);
      assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
      assertThat(summary.getTestsSucceededCount()).as("properties run").isEqualTo(3);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private static void copyServices(Path classes) throws IOException {
    Path services = Files.createDirectories(classes.resolve("META-INF/services"));
    Files.copy(dir.resolve("resources/META-INF/services/io.github.briefings.validation.RuleProvider"),
        services.resolve("io.github.briefings.validation.RuleProvider"));
  }
}
