package io.formd.validation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.validation.ValidFormD;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * A request body failing {@code @Valid} through Spring's own validator: the problem detail names each finding's rule,
 * and other failures keep Spring's problem detail unchanged.
 */
class FormDProblemDetailsTest {

  /** A controller's request body. */
  public static final class Body {
    @ValidFormD
    public FormD filing;

    @NotNull
    public String reference = "ref";

    public FormD getFiling() {
      return filing;
    }

    public String getReference() {
      return reference;
    }
  }

  /** The controller method the body goes to. */
  @SuppressWarnings("unused")
  void post(Body body) {}

  private static MethodArgumentNotValidException failure(Body body) throws Exception {
    try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
      validator.afterPropertiesSet();
      BeanPropertyBindingResult errors = new BeanPropertyBindingResult(body, "body");
      validator.validate(body, errors);
      MethodParameter parameter = new MethodParameter(
          FormDProblemDetailsTest.class.getDeclaredMethod("post", Body.class), 0);
      return new MethodArgumentNotValidException(parameter, errors);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBrokenFilingIsA400WhoseProblemDetailNamesTheRule() throws Exception {
    Body body = new Body();
    body.filing = FakeFilings.seeded(4).brokenBy("D-XSD-ZIP");
    ResponseEntity<ProblemDetail> response = new FormDProblemDetails().handle(failure(body));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    ProblemDetail problem = response.getBody();
    assertThat(problem.getTitle()).isEqualTo("The Form D has findings");
    List<Map<String, Object>> findings = (List<Map<String, Object>>) problem.getProperties().get("findings");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f).containsEntry("ruleId", "D-XSD-ZIP").containsEntry("severity", "ERROR");
      assertThat((String) f.get("path")).startsWith("filing.").endsWith("zipCode");
      assertThat((String) f.get("place")).startsWith("Item 2");
    });
  }

  @Test
  void anotherFailureKeepsSpringsProblemDetail() throws Exception {
    Body body = new Body();
    body.filing = FakeFilings.seeded(5).nextElectronic();
    body.reference = null;
    ProblemDetail problem = new FormDProblemDetails().handle(failure(body)).getBody();
    assertThat(problem.getProperties() == null || !problem.getProperties().containsKey("findings")).isTrue();
    assertThat(problem.getTitle()).isNotEqualTo("The Form D has findings");
  }

  @Test
  void bootRegistersTheAdviceUnlessTurnedOff() throws Exception {
    try (AnnotationConfigApplicationContext on = new AnnotationConfigApplicationContext(
        FormDProblemDetailsAutoConfiguration.class)) {
      assertThat(on.getBeansOfType(FormDProblemDetails.class)).hasSize(1);
    }
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(FormDProblemDetailsAutoConfiguration.class.getName());
    }
    try (AnnotationConfigApplicationContext off = new AnnotationConfigApplicationContext()) {
      off.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
          Map.of("formd.problem-details.enabled", "false")));
      off.register(FormDProblemDetailsAutoConfiguration.class);
      off.refresh();
      assertThat(off.getBeansOfType(FormDProblemDetails.class)).isEmpty();
    }
  }
}
