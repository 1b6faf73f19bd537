package io.formd.validation.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration of {@link FormDProblemDetails}: on by default in an application with Spring's web
 * support; {@code formd.problem-details.enabled=false} turns it off. Listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"org.springframework.http.ProblemDetail",
    "org.springframework.web.bind.MethodArgumentNotValidException"})
@ConditionalOnProperty(prefix = "formd.problem-details", name = "enabled", matchIfMissing = true)
public class FormDProblemDetailsAutoConfiguration {

  /** @return the advice, unless the application defines its own */
  @Bean
  @ConditionalOnMissingBean
  public FormDProblemDetails formDProblemDetails() {
    return new FormDProblemDetails();
  }
}
