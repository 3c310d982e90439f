package io.github.briefings.model;

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
 * <p>Invariants: the title is not blank; a URL (absolute, http or https) or a document reference is
 * given. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the title of the page or document. */
  public abstract String title();

  /** Returns the address of the page, if the source is on the web. */
  public abstract Optional<URI> url();

  /** Returns a reference to a document that is not on the web (a file name, an archive number). */
  public abstract Optional<String> documentReference();

  /** Returns the date the source was retrieved, if known. */
  public abstract Optional<LocalDate> retrieved();

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.notBlank("title", title());
    if (url().isEmpty() && documentReference().isEmpty()) {
      p.add("a url or a documentReference is required");
    }
    url().ifPresent(u -> {
      if (!u.isAbsolute() || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
        p.add("url must be an absolute http or https address: \"" + u + "\"");
      }
    });
    documentReference().ifPresent(d -> p.notBlank("documentReference", d));
    p.throwIfAny("Source");
  }

  /** Builds {@link Source}; {@code build()} throws {@link InvalidValueException} naming every problem. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
