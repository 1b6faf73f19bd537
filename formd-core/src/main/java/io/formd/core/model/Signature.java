package io.formd.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signature: the electronic signature block's {@code signature} (XSD complex type {@code SIGNATURE_TYPE}),
 * or the paper form's Part D federal signature and Part E state signature.
 */
@Value.Immutable
public interface Signature extends WithSignature {

  /** @return {@code issuerName}: the issuer signing, as written (not always identical to its entity name) */
  String issuerName();

  /**
   * @return {@code signatureName}: the typed signature (often {@code "/s/ Name"}); absent on a paper
   *     transcription, where the signature was by hand
   */
  Optional<String> signature();

  /** @return {@code nameOfSigner} */
  String signerName();

  /** @return {@code signatureTitle}: the signer's title */
  String title();

  /** @return {@code signatureDate} */
  LocalDate date();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this value's parts: change some and build a new value (this one is unchanged);
   *     one part alone is changed with its {@code with...} method
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Signature} values. */
  final class Builder extends ImmutableSignature.Builder {}
}
