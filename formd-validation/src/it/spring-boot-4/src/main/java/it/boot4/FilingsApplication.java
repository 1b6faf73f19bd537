package it.boot4;

import io.formd.core.model.FormD;
import io.formd.validation.ValidFormD;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An application as a user writes it: no bean, no property for formd. */
@SpringBootApplication
public class FilingsApplication {

  public static void main(String[] args) {
    SpringApplication.run(FilingsApplication.class, args);
  }

  /** A request body holding a filing. */
  public record FilingRequest(@NotNull String reference, @NotNull @ValidFormD FormD filing) {}

  /** The controller. */
  @RestController
  public static class Filings {
    @PostMapping("/filings")
    public String accept(@Valid @RequestBody FilingRequest request) {
      return request.reference() + " accepted: " + request.filing().primaryIssuer().name().orElse("");
    }
  }
}
