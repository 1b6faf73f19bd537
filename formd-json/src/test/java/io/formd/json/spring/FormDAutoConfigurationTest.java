package io.formd.json.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.core.model.UsdAmount;
import io.formd.json.FormDJson;
import io.formd.json.FormDModule;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration with Spring Boot 3's own Jackson auto-configuration: the application's ObjectMapper reads and
 * writes filings and amounts with no bean of the application's, and the imports file names the class.
 */
class FormDAutoConfigurationTest {

  @Test
  void bootsObjectMapperBindsFilingsAndAmountsWithNoConfiguration() throws Exception {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
        FormDAutoConfiguration.class, JacksonAutoConfiguration.class)) {
      ObjectMapper mapper = context.getBean(ObjectMapper.class);
      FormD filing = FakeFilings.seeded(21).nextElectronic();
      String json = mapper.writeValueAsString(filing);
      assertThat(mapper.readValue(json, FormD.class)).isEqualTo(filing);
      assertThat(FormDJson.read(json)).isEqualTo(filing);
      assertThat(mapper.readValue("\"100\"", UsdAmount.class)).isEqualTo(UsdAmount.of(100));
    }
  }

  @Test
  void anApplicationsOwnModuleWins() {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Own.class,
        FormDAutoConfiguration.class)) {
      assertThat(context.getBeansOfType(FormDModule.class)).containsOnlyKeys("own");
    }
  }

  @Test
  void theImportsFileNamesTheAutoConfiguration() throws Exception {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(FormDAutoConfiguration.class.getName());
    }
  }

  @Configuration
  static class Own {
    @Bean
    FormDModule own() {
      return new FormDModule();
    }
  }
}
