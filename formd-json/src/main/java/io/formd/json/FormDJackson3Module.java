package io.formd.json;

import com.fasterxml.jackson.core.JsonFactory;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.UsdAmount;
import java.io.IOException;
import java.io.StringWriter;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 ({@code tools.jackson}) twin of {@link FormDModule}: {@link FormD}, {@link ElectronicFormD},
 * {@link PaperFormD}, {@link UsdAmount} and {@link OfferingAmount} in formd's canonical JSON, byte for byte what
 * {@link FormDJson} writes. Registered through {@code META-INF/services/tools.jackson.databind.JacksonModule}, so
 * {@code JsonMapper.builder().findAndAddModules()} and Spring Boot 4 pick it up with no configuration. Jackson 3 is an
 * optional dependency of formd-json: add {@code tools.jackson.core:jackson-databind} to use it.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new FormDJackson3Module()).build();
 * FormD filing = mapper.readValue(json, FormD.class);
 * }</pre>
 *
 * <p>A filing that cannot be read is a {@code tools.jackson.databind.DatabindException} whose message carries the
 * {@link FormDReadException}'s, with the JSON Pointer relative to the filing's object.
 */
public final class FormDJackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;
  private static final JsonFactory JACKSON2 = new JsonFactory();

  /** Creates the module. */
  public FormDJackson3Module() {
    super("FormDJackson3Module", new Version(0, 1, 0, "SNAPSHOT", "io.formd", "formd-json"));
    ValueSerializer<FormD> filings = new ValueSerializer<>() {
      @Override
      public void serialize(FormD value, JsonGenerator generator, SerializationContext context) {
        // The same writer as Jackson 2's, its compact output handed over as one raw value.
        StringWriter text = new StringWriter(8192);
        // two types of this name: Jackson 2's and Jackson 3's
        try (com.fasterxml.jackson.core.JsonGenerator compact = JACKSON2.createGenerator(text)) {
          FormDJson.write(value, compact);
        } catch (IOException e) {
          throw new IllegalStateException("writing to memory failed", e);
        }
        generator.writeRawValue(text.toString());
      }
    };
    addSerializer(FormD.class, filings);
    addSerializer(ElectronicFormD.class, narrow(filings));
    addSerializer(PaperFormD.class, narrow(filings));
    addDeserializer(FormD.class, new Filings<>(FormD.class));
    addDeserializer(ElectronicFormD.class, new Filings<>(ElectronicFormD.class));
    addDeserializer(PaperFormD.class, new Filings<>(PaperFormD.class));
    addSerializer(UsdAmount.class, new ValueSerializer<>() {
      @Override
      public void serialize(UsdAmount value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(value.toPlainString());
      }
    });
    addSerializer(OfferingAmount.class, new ValueSerializer<>() {
      @Override
      public void serialize(OfferingAmount value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(value.toEdgarString());
      }
    });
    addDeserializer(UsdAmount.class, new Amounts<>(UsdAmount.class, UsdAmount::parse));
    addDeserializer(OfferingAmount.class, new Amounts<>(OfferingAmount.class, OfferingAmount::parse));
  }

  @SuppressWarnings("unchecked")
  private static <T extends FormD> ValueSerializer<T> narrow(ValueSerializer<FormD> serializer) {
    return (ValueSerializer<T>) (ValueSerializer<?>) serializer;
  }

  private static final class Filings<T extends FormD> extends ValueDeserializer<T> {
    private final Class<T> type;

    Filings(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      String json = context.readTree(parser).toString();
      FormD filing;
      try {
        filing = FormDJson.read(json);
      } catch (FormDReadException e) {
        return context.reportInputMismatch(type, "not a Form D formd can read: %s", e.getMessage());
      }
      if (!type.isInstance(filing)) {
        return context.reportInputMismatch(type, "expected a %s, found the %s edition (at /edition)",
            type.getSimpleName(), filing.edition());
      }
      return type.cast(filing);
    }
  }

  private static final class Amounts<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;

    Amounts(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) {
        return type.cast(context.handleUnexpectedToken(type, parser));
      }
      String text = parser.getString();
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        return type.cast(context.handleWeirdStringValue(type, text, e.getMessage()));
      }
    }
  }
}
