package io.github.briefings.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of {@code briefings-jackson3}, as Jackson's own modules give theirs: read from the
 * properties the build writes into the jar ({@link Version#unknownVersion()} outside a build).
 */
public final class PackageVersion implements Versioned {
  /** The version of this artifact: group id, artifact id and version number. */
  public static final Version VERSION = load();

  /** Creates the version holder Jackson's conventions expect; {@link #VERSION} is the same. */
  public PackageVersion() {}

  /** Returns {@link #VERSION}. */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version load() {
    Properties p = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
  }
}
