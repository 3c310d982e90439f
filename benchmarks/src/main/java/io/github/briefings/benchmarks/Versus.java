package io.github.briefings.benchmarks;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Two builds of the library compared side by side in one JVM, to measure a change without the
 * machine's drift: each build's benchmark jar is loaded by a class loader of its own, with its own
 * copy of every class (Jackson's among them), and batches of one build's comparison alternate with
 * batches of the other's, as {@link Interleaved} alternates the two sides of a pair. Prints the
 * median ratio of their times, the first build's over the second's, and its quartiles.
 *
 * <pre>{@code
 * cp benchmarks/target/benchmarks.jar /tmp/before.jar   # then change the library and build again
 * java -cp benchmarks/target/benchmarks.jar io.github.briefings.benchmarks.Versus \
 *     benchmarks/target/benchmarks.jar /tmp/before.jar writeModule [rounds]
 * }</pre>
 *
 * <p>A comparison is a method of {@link Comparisons} that takes no argument: {@code readModule},
 * {@code readAndValidate}, {@code writeModule}, {@code validateOurs}, {@code convertOurs} and the
 * peers' sides. A ratio below 1 says the first build is faster.
 */
public final class Versus {
  private Versus() {}

  /**
   * Measures and prints the ratio.
   *
   * @param args the first build's jar, the second build's jar, the comparison, and the number of
   *     rounds (160 unless given), after half as many rounds of warm-up
   * @throws Exception if a build cannot be loaded or a comparison fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Versus <first.jar> <second.jar> <comparison> [rounds]");
      System.exit(2);
    }
    Callable<?> first = comparison(List.of(Path.of(args[0]).toUri().toURL()), args[2]);
    Callable<?> second = comparison(List.of(Path.of(args[1]).toUri().toURL()), args[2]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 160;
    Alternation.batch(second); // each build's code compiled before either is measured
    int batch = Alternation.batch(first);
    double[] ratios = Alternation.ratios(first, second, batch, rounds / 2, rounds, 1);
    System.out.println(args[2] + ": first / second build " + Alternation.median(ratios));
  }

  /**
   * Returns a comparison of the build on a class path, loaded by a class loader of its own whose parent
   * sees only the JDK.
   *
   * @param classPath the build's benchmark jar, or its classes and every jar they need
   * @param name the method of {@link Comparisons}, such as {@code writeModule}
   * @return the comparison, which calls the method on an instance of that build's {@code Comparisons}
   * @throws ReflectiveOperationException if the build has no such comparison
   */
  static Callable<?> comparison(List<URL> classPath, String name) throws ReflectiveOperationException {
    ClassLoader loader = new URLClassLoader(classPath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    Object instance;
    try {
      // Moneta and Hibernate Validator find their providers through the context class loader
      thread.setContextClassLoader(loader);
      Constructor<?> constructor = Class.forName(Comparisons.class.getName(), true, loader).getDeclaredConstructor();
      instance = constructor.newInstance();
    } finally {
      thread.setContextClassLoader(before);
    }
    Method method = instance.getClass().getDeclaredMethod(name);
    method.setAccessible(true); // package-private, in the other loader's copy of this package
    return () -> {
      try {
        return method.invoke(instance);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
    };
  }
}
