package io.formd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.PaperFormD;
import io.formd.json.canonical.CanonicalJsonReader;
import io.formd.json.canonical.JsonValue;
import java.io.IOException;
import java.util.function.Function;

/**
 * A Jackson {@link com.fasterxml.jackson.databind.Module} that reads and writes {@link FormD},
 * {@link ElectronicFormD} and {@link PaperFormD} in formd's canonical JSON, so a filing can sit in any
 * Jackson-bound object (a REST request body, a message). Registered for
 * {@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new FormDModule());
 * FormD filing = mapper.readValue(json, FormD.class);
 * }</pre>
 *
 * <p>It also reads and writes {@link UsdAmount} and {@link OfferingAmount} wherever they appear, as canonical JSON
 * does: a string of digits ({@code "1500000"}, cents after a point), or {@code "Indefinite"}; an integer number is
 * read too.
 *
 * <p>A filing that cannot be read is a {@link com.fasterxml.jackson.databind.JsonMappingException} whose cause
 * is the {@link FormDReadException}, with the JSON Pointer relative to the filing's object.
 */
public final class FormDModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public FormDModule() {
    super("FormDModule", new Version(0, 1, 0, "SNAPSHOT", "io.formd", "formd-json"));
    JsonSerializer<FormD> serializer = new JsonSerializer<>() {
      @Override
      public void serialize(FormD value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        FormDJson.write(value, generator);
      }
    };
    addSerializer(FormD.class, serializer);
    addSerializer(ElectronicFormD.class, narrow(serializer));
    addSerializer(PaperFormD.class, narrow(serializer));
    addDeserializer(FormD.class, new Reader<>(FormD.class));
    addDeserializer(ElectronicFormD.class, new Reader<>(ElectronicFormD.class));
    addDeserializer(PaperFormD.class, new Reader<>(PaperFormD.class));
    // Amounts as canonical JSON writes them, in a user's own types too: a string of digits, "Indefinite".
    addSerializer(UsdAmount.class, new JsonSerializer<>() {
      @Override
      public void serialize(UsdAmount value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(value.toPlainString());
      }
    });
    addSerializer(OfferingAmount.class, new JsonSerializer<>() {
      @Override
      public void serialize(OfferingAmount value, JsonGenerator generator, SerializerProvider provider)
          throws IOException {
        generator.writeString(value.toEdgarString());
      }
    });
    addDeserializer(UsdAmount.class, new AmountReader<>(UsdAmount.class, UsdAmount::parse));
    addDeserializer(OfferingAmount.class, new AmountReader<>(OfferingAmount.class, OfferingAmount::parse));
  }

  /**
   * Reads an amount from a JSON string ({@code "1500000"}, {@code "1500000.50"}, {@code "Indefinite"}) or an integer
   * number; a fraction written as a JSON number is refused, as binary floating point cannot hold cents exactly.
   */
  private static final class AmountReader<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;

    AmountReader(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      String text;
      if (token == JsonToken.VALUE_STRING
          || token == JsonToken.VALUE_NUMBER_INT) {
        text = parser.getText();
      } else {
        return type.cast(context.handleUnexpectedToken(type, parser));
      }
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(parser, e.getMessage(), text, type);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends FormD> JsonSerializer<T> narrow(JsonSerializer<FormD> serializer) {
    return (JsonSerializer<T>) (JsonSerializer<?>) serializer;
  }

  private static final class Reader<T extends FormD> extends JsonDeserializer<T> {
    private final Class<T> type;

    Reader(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonValue tree = JsonValue.read(parser);
      try {
        if (tree == null) {
          throw FormDReadException.atJson("the input ended where a Form D was expected", "", null);
        }
        FormD filing = CanonicalJsonReader.read(tree);
        if (!type.isInstance(filing)) {
          throw FormDReadException.atJson("expected a " + type.getSimpleName() + ", found the " + filing.edition()
              + " edition", "/edition", null);
        }
        return type.cast(filing);
      } catch (FormDReadException e) {
        throw JsonMappingException.from(parser, e.getMessage(), e);
      }
    }
  }
}
