/**
 * Jakarta Bean Validation on formd's rules engine: {@code @ValidFormD}, value extractors for the amounts, and
 * (optional) RFC 9457 problem details for Spring MVC. Hibernate Validator and Spring are optional.
 */
module io.formd.validation {
  requires transitive io.formd.core;
  requires transitive jakarta.validation;

  requires static org.hibernate.validator;
  requires static spring.core;
  requires static spring.beans;
  requires static spring.context;
  requires static spring.web;
  requires static spring.boot;
  requires static spring.boot.autoconfigure;

  exports io.formd.validation;
  exports io.formd.validation.spring;
  opens io.formd.validation.spring;

  provides jakarta.validation.valueextraction.ValueExtractor with io.formd.validation.UsdAmountValueExtractor,
      io.formd.validation.OfferingAmountValueExtractor;
}
