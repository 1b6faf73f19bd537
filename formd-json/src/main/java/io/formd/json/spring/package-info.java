/**
 * Spring Boot's auto-configuration of formd ({@link io.formd.json.spring.FormDAutoConfiguration}); Spring Boot is an
 * optional dependency of formd-json, so applications without it never load this package.
 */
package io.formd.json.spring;
