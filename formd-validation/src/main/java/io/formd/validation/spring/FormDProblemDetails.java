package io.formd.validation.spring;

import io.formd.core.rules.Finding;
import io.formd.validation.FormDViolations;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An RFC 9457 problem detail for a request body that fails {@code @Valid}: Spring's own problem detail for the
 * failure, with a {@code findings} member listing each {@code @ValidFormD} finding (rule id, severity, path, place on
 * the printed form, message, citation), so a client learns which rule a filing broke. Other validation failures get
 * Spring's problem detail unchanged. Registered by {@link FormDProblemDetailsAutoConfiguration}; turned off with
 * {@code formd.problem-details.enabled=false}. Ordered last, so an application's own advice wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FormDProblemDetails {

  /**
   * @param e the validation failure of a request body
   * @return Spring's problem detail for it, with the Form D findings added
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> handle(MethodArgumentNotValidException e) {
    ProblemDetail problem = e.getBody();
    List<Map<String, Object>> findings = findings(e.getBindingResult().getAllErrors());
    if (!findings.isEmpty()) {
      problem.setTitle("The Form D has findings");
      problem.setDetail(findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + " of formd's rules");
      problem.setProperty("findings", findings);
    }
    return ResponseEntity.status(e.getStatusCode()).body(problem);
  }

  /** @return each error that is a formd finding, as the problem detail's members */
  static List<Map<String, Object>> findings(List<ObjectError> errors) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ObjectError error : errors) {
      if (!error.contains(ConstraintViolation.class)) {
        continue;
      }
      ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
      FormDViolations.findingOf(violation).ifPresent(f -> out.add(member(f, error)));
    }
    return out;
  }

  private static Map<String, Object> member(Finding f, ObjectError error) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ruleId", f.ruleId());
    m.put("severity", f.severity().name());
    m.put("path", error instanceof FieldError ? ((FieldError) error).getField() : f.path());
    f.place().ifPresent(p -> m.put("place", p));
    m.put("message", f.message());
    m.put("citation", f.citation());
    return m;
  }
}
