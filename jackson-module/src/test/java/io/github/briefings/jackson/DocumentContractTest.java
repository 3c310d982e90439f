package io.github.briefings.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.money.ExchangeRate;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's contract at the level of the whole document: whatever the input, a refusal is a
 * {@link MismatchedInputException} whose message starts with the JSON path where the problem is, is
 * short, and nothing else escapes.
 */
class DocumentContractTest extends ModuleTestBase {
  static final String VALID = json("{'formatVersion':1,'id':'b','date':'2022-04-11','jurisdiction':'KZ',"
      + "'investigation':{'id':'inv','title':'An investigation'}}");

  /** Reads through the module with plain {@code readValue}; returns what was thrown. */
  static Throwable readValue(ObjectMapper mapper, String json) {
    return catchThrowable(() -> mapper.readValue(json, Briefing.class));
  }

  static Throwable readDocument(byte[] json) {
    return catchThrowable(() -> JsonDocuments.read(mapper(), json, Briefing.class));
  }

  static void assertRefusedAt(Throwable thrown, String path, String... words) {
    assertThat(thrown).isInstanceOf(MismatchedInputException.class);
    String message = ((MismatchedInputException) thrown).getOriginalMessage();
    assertThat(message).startsWith("at " + path + ": ").contains(words).hasSizeLessThan(1_000);
    assertThat(Jackson2.jsonPath(((MismatchedInputException) thrown).getPath())).as("getPath()").isEqualTo(path);
  }

  @Test
  void theValidDocumentReads() throws Exception {
    assertThat(mapper().readValue(VALID, Briefing.class).id()).isEqualTo("b");
    assertThat(JsonDocuments.read(mapper(), VALID, Briefing.class).id()).isEqualTo("b");
    assertThat(JsonDocuments.read(mapper(), new ByteArrayInputStream(utf8(VALID)), Briefing.class).id())
        .isEqualTo("b");
    assertThat(JsonDocuments.read(mapper(), "  " + VALID + "\n\n", Briefing.class).id()).isEqualTo("b");
  }

  @Test
  void aSlugOfThousandsOfSegmentsIsRefusedWithItsPath() {
    String slug = String.join("-", Collections.nCopies(100_000, "a"));
    Throwable thrown = readValue(mapper(), VALID.replace("\"id\":\"inv\"", "\"id\":\"" + slug + "\""));
    assertRefusedAt(thrown, "$.investigation", "id must have at most 100 characters", "(199,999 characters)");
    assertRefusedAt(readValue(mapper(), VALID.replace("\"id\":\"b\"", "\"id\":\"" + slug.substring(0, 99) + "-\"")),
        "$", "id must be a lowercase slug");
  }

  static Stream<Arguments> trailing() {
    return Stream.of(
        Arguments.of("a word", VALID + " xyz", "xyz"),
        Arguments.of("an extra brace", VALID + "}", "'}'"),
        Arguments.of("a second document", VALID + VALID, "an object"),
        Arguments.of("a second value", VALID + " 5", "the number 5"),
        Arguments.of("a trailing comma", VALID + ",", "','"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trailing")
  void contentAfterTheDocumentIsRefusedWhateverTheMappersSettings(String name, String json, String found) {
    Throwable thrown = readValue(new ObjectMapper().registerModule(new BriefingsModule()), json);
    assertRefusedAt(thrown, "$", "unexpected content after the document", found);
    assertRefusedAt(readDocument(utf8(json)), "$", "unexpected content after the document", found);
  }

  @Test
  void contentAfterAFigureReadAsADocumentIsRefusedToo() {
    Throwable thrown = catchThrowable(() -> mapper().readValue("5 6", Count.class));
    assertRefusedAt(thrown, "$", "unexpected content after the document", "the number 6");
  }

  @Test
  void theDocumentNullIsRefused() {
    assertRefusedAt(readValue(mapper(), "null"), "$", "expected a document of type Briefing, found null");
    assertRefusedAt(readDocument(utf8(" null ")), "$", "found null");
    assertRefusedAt(catchThrowable(() -> mapper().readValue("null", ExchangeRate.class)), "$",
        "expected a document of type ExchangeRate, found null");
  }

  @Test
  void aNullInsideTheUsersOwnTypeIsJacksonsToHandle() throws Exception {
    record Holder(Briefing briefing) { }
    assertThat(mapper().readValue("{\"briefing\":null}", Holder.class).briefing()).isNull();
  }

  static Stream<Arguments> beforeTheFirstToken() {
    return Stream.of(
        Arguments.of("a word", utf8("xyz"), "malformed or oversized JSON", "xyz"),
        Arguments.of("a comma", utf8(","), "malformed or oversized JSON", "','"),
        Arguments.of("a closing brace", utf8("}"), "malformed or oversized JSON", "'}'"),
        Arguments.of("a closing bracket", utf8("]"), "malformed or oversized JSON", "']'"),
        Arguments.of("a byte 0xFF", new byte[] {(byte) 0xFF}, "malformed or oversized JSON", "0xff"),
        Arguments.of("a NUL", new byte[] {0, ' ', '"', 'f'}, "", ""),
        Arguments.of("an unsupported UCS-4 byte order", new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE},
            "not text in the encoding it starts with", "UCS-4"),
        Arguments.of("nothing", new byte[0], "the document is empty", ""),
        Arguments.of("white space", utf8(" \n\t\r "), "the document is empty", ""));
  }

  /** Pins Jackson's own wording, which differs between its versions: not run against the oldest (-Pjackson-floor). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("beforeTheFirstToken")
  @org.junit.jupiter.api.Tag("jackson-wording")
  void whatJacksonRefusesBeforeTheModuleIsAskedIsReportedAtTheRoot(String name, byte[] json, String problem,
      String found) {
    assertRefusedAt(readDocument(json), "$", problem, found);
  }

  @Test
  void undecodableUtf32IsRefusedAtItsPath() {
    // a UTF-32 document whose property value holds a code point beyond Unicode, far enough in that
    // the parser meets it after the module has started reading
    Charset utf32 = Charset.forName("UTF-32BE");
    String statement = ",\"statements\":[{\"text\":\"" + "s".repeat(20_000) + "\"}]";
    byte[] head = VALID.substring(0, VALID.length() - 1).concat(statement + ",\"venue\":\"").getBytes(utf32);
    byte[] bad = ByteBuffer.allocate(4).putInt(0x7FFF_FFFF).array();
    byte[] tail = "\"}".getBytes(utf32);
    byte[] json = ByteBuffer.allocate(head.length + 4 + tail.length).put(head).put(bad).put(tail).array();
    // the decoder reads ahead in blocks: the path is where the parser stood when it met the bytes,
    // and the message says at which byte they are
    for (Throwable thrown : new Throwable[] {catchThrowable(() -> mapper().readValue(json, Briefing.class)),
        readDocument(json)}) {
      assertRefusedAt(thrown, "$.statements[0].text", "not text in the encoding it starts with",
          "byte #" + (head.length + 3));
    }
    // and in the first buffer the parser decodes, before the module is asked
    assertRefusedAt(readDocument(new byte[] {0, 0, 0, '{', 0x7F, -1, -1, -1}), "$", "not text in the encoding");
  }

  static Stream<Arguments> betweenTokens() {
    String head = "{\"formatVersion\":1,";
    return Stream.of(
        Arguments.of("a name in single quotes", head + "'id':'b'}", "$", "after $.formatVersion"),
        Arguments.of("a comment", head + "/* c */\"id\":\"b\"}", "$", "after $.formatVersion"),
        Arguments.of("a raw NUL", head + "\u0000\"id\":\"b\"}", "$", "after $.formatVersion"),
        Arguments.of("an over-long name", head + "\"" + "n".repeat(2_000) + "\":1}", "$", "after $.formatVersion"),
        Arguments.of("an unquoted name", head + "id:1}", "$", "after $.formatVersion"),
        Arguments.of("a missing comma", "{\"formatVersion\":1 \"id\":\"b\"}", "$", "after $.formatVersion"),
        Arguments.of("after an object", json("{'investigation':{'id':'i','title':'t'} 'x'}"), "$",
            "after $.investigation"),
        Arguments.of("inside a nested object", json("{'investigation':{'id':'i',/**/'title':'t'}}"), "$.investigation",
            "after $.investigation.id"),
        Arguments.of("inside an array", json("{'speakers':[{'id':'a','name':'n','position':'p','organisation':'o'} x]}"),
            "$.speakers", "malformed or oversized JSON between elements"),
        Arguments.of("inside a value", json("{'formatVersion':1,'id':'b\u0001'}"), "$.id", "malformed or oversized JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("betweenTokens")
  void malformedJsonBetweenTokensIsReportedWhereItIs(String name, String json, String path, String words) {
    assertRefusedAt(readValue(mapper(), json), path, words);
  }

  @Test
  void aTenMegabyteBadValueGivesAShortMessage() {
    String huge = "B".repeat(10 * 1024 * 1024);
    ObjectMapper unlimited = new ObjectMapper().registerModule(new BriefingsModule());
    assertRefusedAt(readValue(unlimited, VALID.replace("\"id\":\"b\"", "\"id\":\"" + huge + "\"")), "$",
        "(10,485,760 characters)");
    String name = huge.substring(0, 45_000); // Jackson refuses longer names by default
    assertRefusedAt(readValue(unlimited, VALID.replace("\"id\":\"b\"", "\"id\":\"b\",\"" + name + "\":1")),
        "$['" + "B".repeat(40) + "…' (45,000 characters)]", "unknown property \"BBBB", "(45,000 characters)");
    assertRefusedAt(readValue(unlimited, VALID.replace("\"id\":\"b\"", "\"id\":\"b\",\"" + huge + "\":1")),
        "$", "malformed or oversized JSON after $.id", "Name length");
    assertRefusedAt(readValue(unlimited, VALID.replace("2022-04-11", huge)), "$.date", "(10,485,760 characters)");
  }

  @Test
  void aMillionRepeatedProblemsGiveAShortMessage() {
    StringBuilder json = new StringBuilder(VALID.substring(0, VALID.length() - 1)).append(",\"statements\":[");
    for (int i = 0; i < 1_000_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"text\":\"s\",\"attribution\":\"nobody\"}");
    }
    json.append("]}");
    Throwable thrown = readValue(new ObjectMapper().registerModule(new BriefingsModule()), json.toString());
    assertRefusedAt(thrown, "$", "1000000 problems", "and 999990 more");
  }

  /** FORMAT.md quotes messages with Jackson's own wording in them: not run against the oldest Jackson. */
  @Test
  @org.junit.jupiter.api.Tag("jackson-wording")
  void theErrorsShownInFormatMdAreTheReadersOwn() throws Exception {
    String head = "{'formatVersion':1,'id':'b','date':'2022-04-11','jurisdiction':'KZ',"
        + "'investigation':{'id':'inv','title':'An investigation'}";
    String[][] examples = {
        {head + ",'detention':[{'inCustody':-3}]}", "at $.detention[0].inCustody: a count must not be negative: -3"},
        {head + ",'detention':[{'suspects':{'value':5,'qualifier':'ROUGHLY'}}]}",
            "at $.detention[0].suspects.qualifier: expected one of EXACT, AT_LEAST, MORE_THAN, AT_MOST, FEWER_THAN,"
                + " APPROXIMATELY, RANGE, found \"ROUGHLY\""},
        {head + ",'colour':'red'}", "at $.colour: unknown property \"colour\" in a briefing"},
        {head + ",'speakers':[{'id':'adilov','name':'S. Adilov','position':'head','organisation':'MIA'}],"
            + "'organizedCrime':{'groupsInvolved':{'value':12,'attribution':'tokayev'}}}",
            "at $: invalid Briefing \"b\": organizedCrime.groupsInvolved.attribution names no speaker of the briefing:"
                + " \"tokayev\""},
        {head + "} 'x'", "at $: unexpected content after the document: the string \"x\""},
        {"null", "at $: expected a document of type Briefing, found null"}};
    String format = java.nio.file.Files.readString(java.nio.file.Path.of("../format/FORMAT.md"));
    for (String[] example : examples) {
      Throwable thrown = catchThrowable(() -> JsonDocuments.read(mapper(), json(example[0]), Briefing.class));
      assertThat(((MismatchedInputException) thrown).getOriginalMessage()).isEqualTo(example[1]);
      assertThat(format).contains("\n" + example[1] + "\n");
    }
    String quoted = "{\"formatVersion\":1,'id':\"b\"}";
    String message = ((MismatchedInputException) catchThrowable(
        () -> JsonDocuments.read(mapper(), quoted, Briefing.class))).getOriginalMessage();
    assertThat(format).contains("\n" + message + "\n");
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
