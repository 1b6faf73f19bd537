/**
 * Spring MVC's RFC 9457 problem details for {@code @ValidFormD} failures
 * ({@link io.formd.validation.spring.FormDProblemDetails}); Spring is an optional dependency, so applications without
 * it never load this package.
 */
package io.formd.validation.spring;
