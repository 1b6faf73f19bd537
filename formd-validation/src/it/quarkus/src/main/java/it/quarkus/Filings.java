package it.quarkus;

import io.formd.core.model.FormD;
import io.formd.validation.ValidFormD;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource as a user writes it. */
@Path("/filings")
public class Filings {

  /** A request body holding a filing. */
  public record FilingRequest(@NotNull String reference, @NotNull @ValidFormD FormD filing) {}

  /** The answer. */
  public record Accepted(String reference, String issuer) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Accepted accept(@Valid FilingRequest request) {
    return new Accepted(request.reference(), request.filing().primaryIssuer().name().orElse(""));
  }
}
