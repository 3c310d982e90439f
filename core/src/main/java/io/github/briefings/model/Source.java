package io.github.briefings.model;

import io.github.briefings.internal.Texts;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the record of a briefing comes from: a web page or a document.
 *
 * <pre>{@code
 * Source.builder().title("Briefing summary").url(URI.create("https://example.org/b")).retrieved(date).build();
 * }</pre>
 *
 * <p>Invariants: the title is not blank; a URL (absolute, http or https in any case, with a host) or
 * a document reference is given; texts are within {@link Limits}; the retrieval date is within
 * {@link Limits#EARLIEST_DATE} and {@link Limits#LATEST_DATE}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the title of the page or document.
   *
   * @return the title of the page or document
   */
  public abstract String title();

  /**
   * Returns the address of the page, if the source is on the web.
   *
   * @return the address of the page, if the source is on the web
   */
  public abstract Optional<URI> url();

  /**
   * Returns a reference to a document that is not on the web (a file name, an archive number).
   *
   * @return a reference to a document that is not on the web (a file name, an archive number)
   */
  public abstract Optional<String> documentReference();

  /**
   * Returns the date the source was retrieved, if known.
   *
   * @return the date the source was retrieved, if known
   */
  public abstract Optional<LocalDate> retrieved();

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.notBlank("title", title());
    if (url().isEmpty() && documentReference().isEmpty()) {
      p.add("a url or a documentReference is required");
    }
    url().ifPresent(u -> {
      String text = u.toString();
      if (text.length() > Limits.MAX_NAME_LENGTH) {
        p.add("url must have at most " + Limits.MAX_NAME_LENGTH + " characters: " + Texts.quote(text));
      } else if (!isWebAddress(u)) {
        p.add("url must be an absolute http or https address: " + Texts.quote(text));
      }
    });
    documentReference().ifPresent(d -> p.notBlank("documentReference", d));
    retrieved().ifPresent(d -> p.date("retrieved", d));
    p.throwIfAny("Source");
  }

  /** Schemes are case-insensitive (RFC 3986): {@code HTTPS://} is a web address, kept as written. */
  private static boolean isWebAddress(URI u) {
    return u.isAbsolute() && u.getHost() != null
        && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
  }

  /** Builds {@link Source}; {@code build()} throws {@link InvalidValueException} naming every problem. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
