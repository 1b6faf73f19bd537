package io.formd.json.spring;

import io.formd.json.FormDModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration: a {@link FormDModule} bean, which Spring Boot 3's Jackson auto-configuration adds to
 * the application's {@code ObjectMapper}, so a controller takes and returns {@code FormD}, {@code UsdAmount} and
 * {@code OfferingAmount} in canonical JSON with no configuration. Listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}; an application's own
 * {@code FormDModule} bean wins. (Spring Boot 4 uses Jackson 3, which finds {@code FormDJackson3Module} through its
 * {@code ServiceLoader} file.)
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
@ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
public class FormDAutoConfiguration {

  /** @return the module, unless the application defines its own */
  @Bean
  @ConditionalOnMissingBean
  public FormDModule formDModule() {
    return new FormDModule();
  }
}
