package it.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.json.FormDModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** The README's Quarkus setup: Quarkus customizes its ObjectMapper with beans like this one. */
@Singleton
public class FormDJackson implements ObjectMapperCustomizer {
  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(new FormDModule());
  }
}
